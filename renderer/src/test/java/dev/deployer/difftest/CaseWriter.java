package dev.deployer.difftest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a shrunk tree as a regression case of the project's own kustomize corpus
 * ({@code renderer/src/test/resources/kustomize/cases/NNN-difftest-...}): {@code entry},
 * {@code input/}, an {@code error} marker where kubectl fails, and the expected file from kubectl
 * itself through the corpus's {@code regen-own.sh}, so the case reads like every other.
 */
final class CaseWriter {

    private static final Pattern NUMBER = Pattern.compile("^(\\d{3})");

    private final Path cases;

    CaseWriter(Path cases) {
        this.cases = cases;
    }

    /** The new case's directory. */
    Path write(Tree tree, boolean kubectlFails, String slug) {
        Path dir = cases.resolve(String.format("%03d-difftest-%s", nextNumber(), slug));
        try {
            tree.writeTo(dir.resolve("input"));
            Files.writeString(dir.resolve("entry"), tree.entry() + "\n", StandardCharsets.UTF_8);
            if (kubectlFails) {
                Files.writeString(dir.resolve("error"), "");
            }
            regenerate(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int nextNumber() {
        try (Stream<Path> list = Files.list(cases)) {
            return list.map(p -> NUMBER.matcher(p.getFileName().toString())).filter(Matcher::find)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0) + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void regenerate(Path dir) throws IOException {
        Process p = new ProcessBuilder("bash", cases.resolveSibling("regen-own.sh").toString(),
                dir.getFileName().toString()).inheritIO().start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("regen-own.sh failed for " + dir);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
