package dev.deployer.cli;

import java.util.Map;

/** Commands and mixins that read environment variables get them injected, so tests can pass their own. */
interface UsesEnvironment {
    void environment(Map<String, String> environment);
}
