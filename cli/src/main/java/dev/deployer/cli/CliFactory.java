package dev.deployer.cli;

import java.util.Map;
import picocli.CommandLine;

/** Creates commands as picocli does, then hands them the process environment and clock (or a test's). */
final class CliFactory implements CommandLine.IFactory {

    private final Map<String, String> environment;
    private final java.time.Clock clock;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CliFactory(Map<String, String> environment, java.time.Clock clock) {
        this.environment = Map.copyOf(environment);
        this.clock = clock;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        K instance = fallback.create(cls);
        if (instance instanceof UsesEnvironment u) {
            u.environment(environment);
        }
        if (instance instanceof UsesClock c) {
            c.clock(clock);
        }
        return instance;
    }
}
