package dev.deployer.cli;

import picocli.CommandLine.Option;

/**
 * {@code -o/--output text|json}: the one meaning of {@code -o} in every command is the output
 * format. Commands with more formats ({@code render}, {@code status}) declare the same option
 * with their own choices; {@code CliConventionsTest} holds them all to it.
 */
final class OutputFormat {

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). json is for scripts:"
                    + " a versioned document on stdout (docs/cli.md#json-output).")
    Format format;

    enum Format { text, json }

    boolean json() {
        return format == Format.json;
    }
}
