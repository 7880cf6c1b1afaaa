package dev.deployer.cli;

import java.util.Map;
import picocli.CommandLine;

/** Creates commands as picocli does, then hands them the process environment (or a test's). */
final class CliFactory implements CommandLine.IFactory {

    private final Map<String, String> environment;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CliFactory(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        K instance = fallback.create(cls);
        if (instance instanceof UsesEnvironment u) {
            u.environment(environment);
        }
        return instance;
    }
}
