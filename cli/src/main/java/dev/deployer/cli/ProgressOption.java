package dev.deployer.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --progress}, and the terminal rules of the commands that render: progress on stderr
 * once a render takes more than a second when stderr is a terminal, never in a pipe or a CI log
 * unless asked; diffs coloured only on a terminal, never with {@code NO_COLOR}.
 */
final class ProgressOption implements UsesEnvironment {

    /** How long a render runs before progress shows; the variable of the same name changes it (0 in tests). */
    static final String AFTER = "DEPLOYER_PROGRESS_AFTER";

    @Option(names = "--progress", description = "Show render progress on stderr even when it is not a terminal (on a"
            + " terminal it shows by itself once a render takes over a second).")
    boolean always;

    private Map<String, String> environment = Map.of();

    @Override
    public void environment(Map<String, String> env) {
        this.environment = env;
    }

    TerminalInfo terminal() {
        return TerminalInfo.detect(environment);
    }

    /** The display for one render; it shows nothing unless stderr is a terminal or --progress was given. */
    ProgressDisplay display(PrintWriter err) {
        TerminalInfo t = terminal();
        boolean on = always || t.stderrTerminal();
        return new ProgressDisplay(err, t.stderrTerminal(), after(), on);
    }

    /** The diff as it should reach stdout: coloured on a terminal unless NO_COLOR. */
    String diff(String unified) {
        return terminal().colourOnStdout() ? DiffColour.paint(unified) : unified;
    }

    /** No picocli type here: the check's fast lane uses this class before picocli is loaded. */
    private Duration after() {
        String value = environment.get(AFTER);
        return (value == null ? java.util.Optional.<Duration>empty() : DurationConverter.parse(value))
                .orElse(Duration.ofSeconds(1));
    }
}
