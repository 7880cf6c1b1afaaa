package dev.deployer.cli;

import dev.deployer.render.RenderOptions;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --env}, {@code --stack} and {@code --service}: which part of the repository a command works on. */
public final class Filters {

    @Option(names = {"-e", "--env"}, paramLabel = "ENV", split = ",",
            description = "Only this environment (repeatable or comma-separated; default: all).")
    List<String> environments = new ArrayList<>();

    @Option(names = {"-s", "--service"}, paramLabel = "SERVICE", split = ",",
            description = "Only this service (repeatable or comma-separated; default: all).")
    List<String> services = new ArrayList<>();

    @Option(names = "--stack", paramLabel = "STACK", split = ",",
            description = "Only the services of this stack (stacks/<STACK>/; repeatable or comma-separated). With"
                    + " --service, those services, each of which must be in one of the stacks.")
    List<String> stacks = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Worker threads (default: one per core). The output is the same for any value.")
    int threads;

    boolean filtered() {
        return !environments.isEmpty() || !services.isEmpty() || !stacks.isEmpty();
    }

    RenderOptions options() {
        if (threads < 0) {
            throw new dev.deployer.diag.DeployerException(dev.deployer.diag.ExitCode.USAGE,
                    "--threads must be 0 (one per core) or more, not " + threads);
        }
        return new RenderOptions(environments, services, threads, stacks);
    }
}
