package dev.deployer.difftest;

import dev.deployer.diag.ConfigException;
import dev.deployer.kustomize.Kustomizer;
import dev.deployer.kustomize.config.UnsupportedFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** One tree built by both: written to a temporary directory, {@code kubectl kustomize} and deployer's engine in-process. */
record Comparison(Verdict verdict, Kubectl.Result kubectl, String deployer) {

    static Comparison of(Tree tree) {
        Path root = tempDir();
        try {
            tree.writeTo(root);
            return of(root.resolve(tree.entry()).normalize());
        } finally {
            delete(root);
        }
    }

    /** Both builds of a directory on disk. */
    static Comparison of(Path dir) {
        return compare(Kubectl.kustomize(dir), dir);
    }

    private static Comparison compare(Kubectl.Result k, Path dir) {
        String out;
        try {
            out = Kustomizer.buildYaml(dir);
        } catch (UnsupportedFeature e) {
            return new Comparison(k.ok() ? Verdict.REFUSED_UNSUPPORTED : Verdict.BOTH_FAIL, k, "refused: " + e.getMessage());
        } catch (ConfigException e) {
            return new Comparison(k.ok() ? Verdict.DEPLOYER_FAILS : Verdict.BOTH_FAIL, k,
                    "error: " + e.getMessage() + " " + e.diagnostics());
        } catch (RuntimeException | StackOverflowError e) {
            return new Comparison(Verdict.CRASH, k, "crash: " + e);
        }
        if (!k.ok()) {
            return new Comparison(Verdict.DEPLOYER_SUCCEEDS, k, out);
        }
        return new Comparison(out.equals(k.stdout()) ? Verdict.SAME : Verdict.DIFFERENT_OUTPUT, k, out);
    }

    /** What both printed, for a failure message. */
    String describe() {
        return "verdict: " + verdict + "\n--- kubectl " + (kubectl.ok() ? "printed:\n" + kubectl.stdout()
                : "failed:\n" + kubectl.stderr()) + "\n--- deployer:\n" + deployer + "\n";
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("difftest");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
