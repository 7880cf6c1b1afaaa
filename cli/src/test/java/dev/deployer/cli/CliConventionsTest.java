package dev.deployer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** One rule for every command: -o is the output format, JSON documents have schemas, help is at hand. */
class CliConventionsTest {

    /** Every command that prints JSON, and the schema of its document in docs/schemas/. */
    static final Map<String, String> SCHEMAS = new TreeMap<>(Map.ofEntries(
            Map.entry("render", "render"), Map.entry("diff", "render"), Map.entry("validate", "validate"),
            Map.entry("status", "status"), Map.entry("history", "history"), Map.entry("set-version", "outcome"),
            Map.entry("promote", "outcome"), Map.entry("rollback", "outcome"), Map.entry("hold", "outcome"),
            Map.entry("release", "outcome"), Map.entry("bot reconcile", "reconcile"),
            Map.entry("bot watch", "watch")));

    /** Documents a command prints instead of its usual one under an option: {@code promote --stack}. */
    static final Set<String> OPTION_SCHEMAS = Set.of("stack-promotion");

    @Test
    void dashOIsTheOutputFormatInEveryCommand() {
        Map<String, String> withOutput = new TreeMap<>();
        for (CommandLine c : commands(DeployerCommand.commandLine())) {
            for (OptionSpec o : c.getCommandSpec().options()) {
                List<String> names = List.of(o.names());
                if (!names.contains("-o") && !names.contains("--output")) {
                    continue;
                }
                String name = c.getCommandSpec().qualifiedName().substring("deployer ".length());
                assertEquals(List.of("-o", "--output"), names, name);
                List<String> formats = new ArrayList<>();
                o.completionCandidates().forEach(formats::add);
                assertTrue(formats.containsAll(List.of("text", "json")), name + ": " + formats);
                assertEquals("text", o.defaultValue(), name);
                withOutput.put(name, String.join("|", formats));
            }
        }
        assertEquals(SCHEMAS.keySet(), withOutput.keySet(), "the commands with --output, and so with a JSON document");
    }

    @Test
    void everyDocumentHasASchemaThatDocsCliMdNames() throws IOException {
        String cliMd = Files.readString(TestPaths.projectRoot().resolve("docs/cli.md"));
        Set<String> files = new TreeSet<>();
        try (Stream<Path> s = Files.list(DocumentSchemas.directory())) {
            s.forEach(p -> files.add(p.getFileName().toString()));
        }
        Set<String> expected = new TreeSet<>();
        SCHEMAS.values().forEach(n -> expected.add(n + ".v1.json"));
        OPTION_SCHEMAS.forEach(n -> expected.add(n + ".v1.json"));
        assertEquals(expected, files, "docs/schemas/ holds exactly the schemas of the documents");
        for (String f : files) {
            assertTrue(cliMd.contains("schemas/" + f), "docs/cli.md does not describe " + f);
            assertEquals(1, DocumentSchemas.schemaJson(f.replace(".v1.json", "")).at("/properties/schemaVersion/const").asInt(), f);
        }
    }

    @Test
    void aDocumentThatBreaksItsSchemaIsCaught() {
        assertThrows(AssertionFailedError.class, () -> DocumentSchemas.assertValid("render", "{\"schemaVersion\": 1}"));
        assertThrows(AssertionFailedError.class, () -> DocumentSchemas.assertValid("history",
                "{\"schemaVersion\": 1, \"service\": \"a\", \"env\": \"b\", \"versions\": [], \"extra\": 1}"));
    }

    @Test
    void renderSaysWhereTheFolderOptionWent() {
        Cli.Run folder = Cli.run("render", "-o", "/tmp/preview");
        assertEquals(2, folder.exitCode());
        assertTrue(folder.err().contains("use --out-dir /tmp/preview"), folder.err());
        Cli.Run dash = Cli.run("render", "--output", "-");
        assertEquals(2, dash.exitCode());
        assertTrue(dash.err().contains("use --output yaml"), dash.err());
        Cli.Run both = Cli.run("render", "--output", "yaml", "--check", "--repo", TestPaths.example("carts").toString());
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("cannot be combined with --check"), both.err());
    }

    @Test
    void helpCommandPrintsTheHelpOfACommand() {
        assertEquals(Cli.run("render", "--help").out(), Cli.run("help", "render").out());
        Cli.Run serve = Cli.run("bot", "help", "serve");
        assertEquals(0, serve.exitCode(), serve.err());
        assertTrue(serve.out().contains("Usage: deployer bot serve"), serve.out());
        assertTrue(Cli.run("help").out().contains("completion"), "the command list names completion");
    }

    @Test
    void helpWrapsToTheTerminalWidth() {
        Path here = TestPaths.projectRoot();
        Terminal.Result narrow = Terminal.inTerminal(64, Map.of("NO_COLOR", "1"), here, "render", "--help");
        assertEquals(0, narrow.exitCode(), narrow.output());
        List<String> lines = narrow.output().lines().toList();
        lines.forEach(l -> assertTrue(l.length() <= 64, "longer than the terminal: " + l));
        Terminal.Result wide = Terminal.inTerminal(150, Map.of("NO_COLOR", "1"), here, "render", "--help");
        String paragraph = wide.output().lines().filter(l -> l.startsWith("Reads deployer.yaml")).findFirst().orElseThrow();
        assertTrue(paragraph.length() > 120, "a description is one paragraph that fills a wide terminal: " + paragraph);
    }

    static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>();
        for (CommandLine sub : root.getSubcommands().values()) {
            all.add(sub);
            all.addAll(commands(sub));
        }
        return all;
    }
}
