package dev.deployer.difftest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The oracle: {@code kubectl kustomize DIR} as a process (kustomize v5.5 inside kubectl v1.32). */
final class Kubectl {

    private static final long TIMEOUT_SECONDS = 60;

    /** What kubectl printed: the build on stdout when it succeeded, the error on stderr when not. */
    record Result(boolean ok, String stdout, String stderr) {
    }

    private Kubectl() {
    }

    static Result kustomize(Path dir) {
        try {
            Path out = Files.createTempFile("difftest-out", ".yaml");
            Path err = Files.createTempFile("difftest-err", ".txt");
            try {
                Process p = new ProcessBuilder("kubectl", "kustomize", dir.toString())
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor();
                    throw new IllegalStateException("kubectl kustomize " + dir + " did not finish in "
                            + TIMEOUT_SECONDS + " s");
                }
                return new Result(p.exitValue() == 0, Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
