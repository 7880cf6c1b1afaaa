package dev.deployer.difftest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * Builds generated trees one seed after another and keeps the score: how many of each verdict,
 * and every disagreement shrunk. A tree's seed is {@code base * 1_000_000 + i}, so one tree is
 * replayed with {@code -Ddifftest.tree=SEED}.
 */
final class Run {

    /** A disagreement: the tree's seed, the shrunk tree and what both printed for it. */
    record Finding(long seed, Verdict verdict, Tree shrunk, Comparison comparison) {

        String describe(String what) {
            return what + " seed " + seed + ": " + verdict + " (replay: bench/difftest/run.sh " + what + " --tree "
                    + seed + ")\nshrunk input:\n" + shrunk.describe() + comparison.describe();
        }
    }

    private final LongFunction<Tree> generator;
    private final Function<Tree, Comparison> compare;
    private final int shrinkBudget;
    private final Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    private final List<Finding> findings = new ArrayList<>();

    Run(LongFunction<Tree> generator, Function<Tree, Comparison> compare, int shrinkBudget) {
        this.generator = generator;
        this.compare = compare;
        this.shrinkBudget = shrinkBudget;
    }

    static long treeSeed(long base, int i) {
        return base * 1_000_000L + i;
    }

    /** Up to {@code trees} trees of base seed {@code base}, stopping early at {@code deadline} or at {@code maxFindings}. */
    void seeds(long base, int trees, Instant deadline, int maxFindings) {
        for (int i = 0; i < trees && Instant.now().isBefore(deadline) && findings.size() < maxFindings; i++) {
            one(treeSeed(base, i));
        }
    }

    Tree tree(long seed) {
        return generator.apply(seed);
    }

    Verdict one(long seed) {
        Tree tree = generator.apply(seed);
        Comparison c = compare.apply(tree);
        counts.merge(c.verdict(), 1, Integer::sum);
        if (!c.verdict().agrees()) {
            Tree shrunk = Shrinker.keeping(compare, c.verdict(), shrinkBudget).shrink(tree);
            Finding f = new Finding(seed, c.verdict(), shrunk, compare.apply(shrunk));
            findings.add(f);
            System.out.println(f.describe("difftest: finding"));
        }
        if (trees() % 50 == 0) {
            System.out.println("difftest: " + trees() + " trees so far: " + counts);
        }
        return c.verdict();
    }

    int trees() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    Map<Verdict, Integer> counts() {
        return counts;
    }

    List<Finding> findings() {
        return findings;
    }

    String summary(Duration took) {
        return trees() + " trees in " + took.toSeconds() + " s: " + counts + ", " + findings.size() + " disagreement(s)";
    }
}
