package dev.deployer.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The order in which go-yaml v2 (behind sigs.k8s.io/yaml, kustomize's writer) prints map keys: a
 * "natural" order, not byte order. Runs of digits compare by numeric value ({@code s2} before
 * {@code s10}), anything that is not a letter sorts before letters ({@code 10-priority} before
 * {@code Zone} before {@code app}), letters by code point. Go's JSON output (and so the hash) uses
 * plain byte order instead.
 */
final class GoYamlKeyOrder implements Comparator<String> {

    static final GoYamlKeyOrder INSTANCE = new GoYamlKeyOrder();

    private GoYamlKeyOrder() {
    }

    @Override
    public int compare(String x, String y) {
        if (x.equals(y)) {
            return 0;
        }
        return less(x, y) ? -1 : less(y, x) ? 1 : YamlEmitter.compareCodePoints(x, y);
    }

    /**
     * Sorts map entries by key the way go-yaml does. Its order is not transitive for some keys
     * (digit runs against other characters: {@code "0x1F9!"} sorts before a key that sorts before
     * {@code "0007>"}, which sorts before {@code "0x1F9!"}), so the algorithm matters: up to 12
     * entries this is Go's insertion sort step for step, as sort.Sort does for small inputs, and
     * the same result whatever the thread or machine. Larger maps use the library sort, with the
     * insertion sort as the fallback when it reports the contract broken, so a strange set of keys
     * never stops a render.
     */
    static <V> void sort(List<Map.Entry<String, V>> entries) {
        if (entries.size() > 12) {
            List<Map.Entry<String, V>> copy = new ArrayList<>(entries);
            try {
                copy.sort((a, b) -> INSTANCE.compare(a.getKey(), b.getKey()));
                for (int i = 0; i < copy.size(); i++) {
                    entries.set(i, copy.get(i));
                }
                return;
            } catch (IllegalArgumentException contractBroken) {
                // fall through with the entries as they were (a failed merge may leave the copy
                // in pieces): the insertion sort below always ends
            }
        }
        for (int i = 1; i < entries.size(); i++) {
            for (int j = i; j > 0 && INSTANCE.compare(entries.get(j).getKey(), entries.get(j - 1).getKey()) < 0; j--) {
                Collections.swap(entries, j, j - 1);
            }
        }
    }

    /**
     * go-yaml v2's keyList.Less for two strings, over code points. The emitter sorts every map it
     * writes, so this walks both strings in place instead of copying them into arrays. Up to the
     * first difference both strings are identical, so one char index serves both.
     */
    static boolean less(String x, String y) {
        int i = 0;
        while (i < x.length() && i < y.length()) {
            int a = x.codePointAt(i);
            int b = y.codePointAt(i);
            if (a == b) {
                i += Character.charCount(a);
                continue;
            }
            boolean al = Character.isLetter(a);
            boolean bl = Character.isLetter(b);
            if (al && bl) {
                return a < b;
            }
            if (al || bl) {
                return bl;
            }
            return digitsLess(x, y, i);
        }
        return x.length() < y.length();
    }

    /** Both differ at char index {@code i} and neither is a letter: compare the digit runs starting there. */
    private static boolean digitsLess(String x, String y, int i) {
        long an = 0;
        long bn = 0;
        int a = x.codePointAt(i);
        int b = y.codePointAt(i);
        if (a == '0' || b == '0') {
            for (int j = i; j > 0; ) {
                int c = x.codePointBefore(j);
                if (!Character.isDigit(c)) {
                    break;
                }
                if (c != '0') {
                    an = 1;
                    bn = 1;
                    break;
                }
                j -= Character.charCount(c);
            }
        }
        DigitRun ra = DigitRun.at(x, i, an);
        DigitRun rb = DigitRun.at(y, i, bn);
        if (ra.value != rb.value) {
            return ra.value < rb.value;
        }
        if (ra.length != rb.length) {
            return ra.length < rb.length;
        }
        return a < b;
    }

    /** The value (as go-yaml computes it, from {@code start}) and length in code points of a digit run. */
    private record DigitRun(long value, int length) {
        static DigitRun at(String s, int from, long start) {
            long value = start;
            int length = 0;
            for (int k = from; k < s.length(); ) {
                int c = s.codePointAt(k);
                if (!Character.isDigit(c)) {
                    break;
                }
                value = value * 10 + (c - '0');
                length++;
                k += Character.charCount(c);
            }
            return new DigitRun(value, length);
        }
    }
}
