package dev.deployer.cli.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.deployer.testing.Requires;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Follows one page's blocks in order, as a reader would: writes its files, runs its commands. */
final class DocRun {

    private final Sandbox sandbox;

    DocRun(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    void follow(DocBlock block) throws IOException {
        switch (block.verb()) {
            case "skip" -> assertFalse(block.argument().isEmpty(), block.where() + ": say why a block is skipped");
            case "in" -> {
                sandbox.reset(block.argument());
                transcript(block);
            }
            case "write" -> write(block);
            case "expect" -> expect(block);
            case "" -> unmarked(block);
            default -> fail(block.where() + ": unknown doctest directive '" + block.verb() + "'");
        }
    }

    private void unmarked(DocBlock block) throws IOException {
        if (block.isTranscript()) {
            transcript(block);
        } else if (block.filePath().isPresent()) {
            fail(block.where() + ": a block showing " + block.filePath().get() + " needs a directive above it: "
                    + "<!-- doctest: write -->, <!-- doctest: expect --> or <!-- doctest: skip REASON -->");
        }
    }

    private void write(DocBlock block) throws IOException {
        Path file = file(block);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", block.lines()) + "\n");
    }

    private void expect(DocBlock block) throws IOException {
        Path file = file(block);
        assertTrue(Files.isRegularFile(file), block.where() + ": " + file + " does not exist");
        String actual = Files.readString(file);
        assertTrue(Shown.matches(block.lines().subList(1, block.lines().size()), actual),
                () -> block.where() + ": " + block.filePath().get() + " is not as shown; it is:\n" + actual);
    }

    private Path file(DocBlock block) {
        String path = block.filePath().orElseThrow(() -> new AssertionError(block.where()
                + ": a write or expect block starts with '# path/of/the/file'"));
        return sandbox.cwd().resolve(path);
    }

    private void transcript(DocBlock block) throws IOException {
        assertTrue(block.isTranscript(), block.where() + ": expected a transcript ('$ command' lines)");
        List<String> shown = new ArrayList<>();
        String command = null;
        for (String line : block.lines()) {
            if (line.startsWith("$ ")) {
                if (command != null) {
                    check(block, command, shown);
                }
                command = line.substring(2);
                shown.clear();
            } else {
                shown.add(line);
            }
        }
        check(block, command, shown);
    }

    private static boolean tool(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void check(DocBlock block, String command, List<String> shown) throws IOException {
        if (command.contains("kubectl ")) {
            Requires.kubectl();
        }
        if (command.contains("| jq ")) {
            Requires.that(() -> tool("jq", "--version"), "jq is not installed (apt-get install jq; .ci/run does)");
        }
        Sandbox.Result result = sandbox.run(command);
        if (!Shown.matches(shown, result.output())) {
            assertEquals(String.join("\n", shown), result.output().stripTrailing(), block.where() + ": '$ " + command
                    + "' (exit " + result.exitCode() + ") printed something else than the page shows");
        }
    }
}
