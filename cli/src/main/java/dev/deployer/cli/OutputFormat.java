package dev.deployer.cli;

import picocli.CommandLine.Option;

/** {@code --output text|json}, for every command that can print JSON for scripts. */
final class OutputFormat {

    @Option(names = {"-o", "--output"}, paramLabel = "text|json", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    enum Format { text, json }

    boolean json() {
        return format == Format.json;
    }
}
