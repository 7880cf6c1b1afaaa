package dev.deployer.difftest;

import java.util.List;
import java.util.SplittableRandom;

/** The generator's one source of randomness: a seed gives the same choices, so a tree can be replayed. */
final class Rand {

    private final SplittableRandom random;

    Rand(long seed) {
        this.random = new SplittableRandom(seed);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A number in [lo, hi]. */
    int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** Some of the options, in their order (possibly none). */
    <T> List<T> some(List<T> options, double p) {
        return options.stream().filter(o -> chance(p)).toList();
    }
}
