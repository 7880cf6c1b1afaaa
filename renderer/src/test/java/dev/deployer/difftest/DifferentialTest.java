package dev.deployer.difftest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.testing.Requires;
import dev.deployer.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The differential tester against the real kustomize: generated trees ({@link Trees}) built by
 * {@code kubectl kustomize} and by deployer must give the same bytes, or both fail (or deployer
 * refuses an unsupported feature with its documented error). In CI a bounded run: the first
 * {@value #FIXED_TREES} trees of a fixed seed, where a disagreement fails the build with the shrunk
 * tree, then a seed from the date (UTC) for the rest of the time, whose disagreements are printed
 * and kept in target/difftest-*.txt with their replay command but fail the build only with
 * {@code -Ddifftest.strict=true} (or an explicit {@code -Ddifftest.seed}): a new class found by
 * the day's trees must not stop every landing of that day; the long runs triage them.
 * Locally {@code bench/difftest/run.sh} runs it as long as asked ({@code -Ddifftest.minutes}), or
 * replays one tree ({@code -Ddifftest.tree=SEED}, with {@code -Ddifftest.write=true} adding the
 * shrunk tree to the own corpus with kubectl's output as the expected file).
 */
class DifferentialTest {

    static final long FIXED_SEED = 19;
    /** The fixed seed's trees CI checks; all agree (a known open class is at tree 126, see docs/kustomize.md). */
    static final int FIXED_TREES = 120;
    private static final int SHRINK_BUDGET = 300;

    @Test
    void deployerBuildsWhatKubectlBuilds() throws IOException {
        Requires.kubectl();
        Run run = new Run(Trees::generate, Comparison::of, SHRINK_BUDGET);
        go(run, "kustomize", 200, 1.0);
    }

    @Test
    void renderedFoldersBuildAlikeAndValidate() throws IOException {
        Requires.kubectl();
        RenderComparison render = new RenderComparison(Requires.shared("schemas"));
        Run run = new Run(Repos::generate, render::of, SHRINK_BUDGET);
        go(run, "render", 40, 0.5);
    }

    /** A replay of one tree, or the bounded run: the fixed seed and the date's, each up to {@code trees} trees. */
    private static void go(Run run, String what, int trees, double defaultMinutes) throws IOException {
        if (!enabled(what)) {
            return;
        }
        int advisoryFindings = 0;
        Instant start = Instant.now();
        String tree = System.getProperty("difftest.tree");
        if (tree != null) {
            replay(run, what, Long.parseLong(tree));
        } else {
            List<Long> seeds = seeds();
            Duration share = minutes(defaultMinutes).dividedBy(seeds.size());
            for (long seed : seeds) {
                Instant deadline = Instant.now().plus(share);
                boolean advisory = !strict(seed);
                System.out.println("difftest: " + what + " trees of seed " + seed
                        + (advisory ? " (advisory: printed, not failing; -Ddifftest.strict=true to fail)" : "")
                        + " (replay one: bench/difftest/run.sh " + what + " --tree SEED)");
                int before = run.findings().size();
                run.seeds(seed, Integer.getInteger("difftest.trees", seed == FIXED_SEED ? Math.min(trees, FIXED_TREES)
                        : trees), deadline, maxFindings());
                if (advisory) {
                    advisoryFindings += run.findings().size() - before;
                }
            }
        }
        report(run, what, Duration.between(start, Instant.now()), advisoryFindings);
    }

    /** {@code -Ddifftest.only=kustomize|render} runs one of the two. */
    private static boolean enabled(String what) {
        String only = System.getProperty("difftest.only", "");
        return only.isEmpty() || only.equals(what);
    }

    static List<Long> seeds() {
        String seed = System.getProperty("difftest.seed");
        if (seed != null) {
            return List.of(Long.parseLong(seed));
        }
        long today = Long.parseLong(LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE));
        return List.of(FIXED_SEED, today);
    }

    /** The fixed seed, an explicit seed and -Ddifftest.strict=true fail the build; the date's seed in CI only reports. */
    static boolean strict(long seed) {
        return seed == FIXED_SEED || System.getProperty("difftest.seed") != null || Boolean.getBoolean("difftest.strict");
    }

    static Duration minutes(double otherwise) {
        String m = System.getProperty("difftest.minutes");
        return Duration.ofSeconds((long) ((m == null ? otherwise : Double.parseDouble(m)) * 60));
    }

    static int maxFindings() {
        return Integer.getInteger("difftest.maxFindings", 1);
    }

    private static void replay(Run run, String what, long seed) {
        System.out.println("difftest: " + what + " tree " + seed + "\n" + run.tree(seed).describe());
        Verdict v = run.one(seed);
        System.out.println("difftest: " + v);
        if (what.equals("kustomize") && Boolean.getBoolean("difftest.write") && !run.findings().isEmpty()) {
            Run.Finding f = run.findings().get(0);
            Path dir = new CaseWriter(TestPaths.projectRoot().resolve("renderer/src/test/resources/kustomize/cases"))
                    .write(f.shrunk(), !f.comparison().kubectl().ok(), "seed-" + seed);
            System.out.println("difftest: wrote " + dir);
        }
    }

    /** The last {@code advisory} findings (the date seed's in CI) are printed and kept, not failed on. */
    static void report(Run run, String what, Duration took, int advisory) throws IOException {
        System.out.println("difftest: " + what + ": " + run.summary(took));
        String findings = run.findings().stream().map(f -> f.describe(what)).collect(Collectors.joining("\n"));
        Path out = Path.of("target", "difftest-" + what + ".txt");
        Files.deleteIfExists(out);
        if (!findings.isEmpty()) {
            Files.createDirectories(out.getParent());
            Files.writeString(out, findings);
            System.out.println("difftest: findings in " + out.toAbsolutePath());
        }
        if (advisory > 0) {
            System.out.println("difftest: WARNING " + advisory + " advisory disagreement(s) from the date's seed; replay"
                    + " and fix them (see above)");
        }
        assertTrue(run.findings().size() == advisory, findings);
    }
}
