package dev.deployer.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** The options of a bot pass ({@code bot reconcile}, {@code bot watch}): which services or stacks, and whether only to decide. */
final class PassOptions {

    @Option(names = {"-s", "--service"}, split = ",", paramLabel = "SERVICE",
            description = "Only these services; repeatable or comma-separated (default: all).")
    List<String> services = new ArrayList<>();

    @Option(names = "--stack", split = ",", paramLabel = "STACK",
            description = "Only the services of these stacks; repeatable or comma-separated (default: all).")
    List<String> stacks = new ArrayList<>();

    @Option(names = "--dry-run", description = "Decide and print; push nothing, write nothing on GitHub.")
    boolean dryRun;

    Set<String> serviceSet() {
        return Set.copyOf(services);
    }

    Set<String> stackSet() {
        return Set.copyOf(stacks);
    }
}
