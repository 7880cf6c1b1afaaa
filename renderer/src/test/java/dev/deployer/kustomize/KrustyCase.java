package dev.deployer.kustomize;

import dev.deployer.diag.ConfigException;
import dev.deployer.kustomize.config.UnsupportedFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One krusty case ({@code case.json}, {@code root/}, {@code expected.rc}, {@code expected.yaml}) run and classified. */
final class KrustyCase {

    private static final Pattern BUILD = Pattern.compile("\"build\"\\s*:\\s*\"([^\"]+)\"");

    /** What happened, compared with kustomize. */
    enum Outcome {
        SAME_OUTPUT, FAILS_LIKE_KUSTOMIZE, REFUSED_UNSUPPORTED, REFUSED_WRONGLY, WRONG_OUTPUT, SUCCEEDS_WHERE_KUSTOMIZE_FAILS,
        CRASH;

        boolean passed() {
            return this == SAME_OUTPUT || this == FAILS_LIKE_KUSTOMIZE;
        }

        /** A clean refusal: a ConfigException where kustomize succeeds. */
        boolean refused() {
            return this == REFUSED_UNSUPPORTED || this == REFUSED_WRONGLY;
        }
    }

    record Result(Outcome outcome, String detail) {
    }

    private KrustyCase() {
    }

    static Result run(Path caseDir) {
        Path dir = caseDir.resolve(build(caseDir));
        boolean kustomizeFails = read(caseDir.resolve("expected.rc")).strip().equals("1");
        String out;
        try {
            out = Kustomizer.buildYaml(dir);
        } catch (UnsupportedFeature e) {
            // an unsupported feature is a refusal even where kustomize fails: its failure has another cause
            return new Result(Outcome.REFUSED_UNSUPPORTED, e.getMessage());
        } catch (ConfigException e) {
            return new Result(kustomizeFails ? Outcome.FAILS_LIKE_KUSTOMIZE : Outcome.REFUSED_WRONGLY,
                    e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(Outcome.CRASH, e.toString());
        }
        if (kustomizeFails) {
            return new Result(Outcome.SUCCEEDS_WHERE_KUSTOMIZE_FAILS, "kustomize says: "
                    + read(caseDir.resolve("expected.err")).strip() + "\nbut deployer printed:\n" + out);
        }
        String expected = read(caseDir.resolve("expected.yaml"));
        return expected.equals(out) ? new Result(Outcome.SAME_OUTPUT, "")
                : new Result(Outcome.WRONG_OUTPUT, "expected:\n" + expected + "\nbut was:\n" + out);
    }

    private static String build(Path caseDir) {
        Matcher m = BUILD.matcher(read(caseDir.resolve("case.json")));
        if (!m.find()) {
            throw new IllegalStateException("no \"build\" in " + caseDir.resolve("case.json"));
        }
        return m.group(1);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
