package dev.deployer.yaml;

import java.util.Comparator;

/*
 * Oracle for EmitterEquivalenceTest: the emitter's string-analysis code as it was before it was
 * rewritten without per-string code point arrays (docs/performance.md). Do not optimise this copy.
 */
/**
 * The order in which go-yaml v2 (behind sigs.k8s.io/yaml, kustomize's writer) prints map keys: a
 * "natural" order, not byte order. Runs of digits compare by numeric value ({@code s2} before
 * {@code s10}), anything that is not a letter sorts before letters ({@code 10-priority} before
 * {@code Zone} before {@code app}), letters by code point. Go's JSON output (and so the hash) uses
 * plain byte order instead.
 */
final class RefGoYamlKeyOrder implements Comparator<String> {

    static final RefGoYamlKeyOrder INSTANCE = new RefGoYamlKeyOrder();

    private RefGoYamlKeyOrder() {
    }

    @Override
    public int compare(String x, String y) {
        if (x.equals(y)) {
            return 0;
        }
        return less(x, y) ? -1 : less(y, x) ? 1 : RefYamlEmitter.compareCodePoints(x, y);
    }

    /** go-yaml v2's keyList.Less for two strings. */
    static boolean less(String x, String y) {
        int[] a = x.codePoints().toArray();
        int[] b = y.codePoints().toArray();
        for (int i = 0; i < a.length && i < b.length; i++) {
            if (a[i] == b[i]) {
                continue;
            }
            boolean al = Character.isLetter(a[i]);
            boolean bl = Character.isLetter(b[i]);
            if (al && bl) {
                return a[i] < b[i];
            }
            if (al || bl) {
                return bl;
            }
            return digitsLess(a, b, i);
        }
        return a.length < b.length;
    }

    /** Both differ at {@code i} and neither is a letter: compare the digit runs starting there. */
    private static boolean digitsLess(int[] a, int[] b, int i) {
        long an = 0;
        long bn = 0;
        if (a[i] == '0' || b[i] == '0') {
            for (int j = i - 1; j >= 0 && Character.isDigit(a[j]); j--) {
                if (a[j] != '0') {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        int ai = i;
        while (ai < a.length && Character.isDigit(a[ai])) {
            an = an * 10 + (a[ai] - '0');
            ai++;
        }
        int bi = i;
        while (bi < b.length && Character.isDigit(b[bi])) {
            bn = bn * 10 + (b[bi] - '0');
            bi++;
        }
        if (an != bn) {
            return an < bn;
        }
        if (ai != bi) {
            return ai < bi;
        }
        return a[i] < b[i];
    }
}
