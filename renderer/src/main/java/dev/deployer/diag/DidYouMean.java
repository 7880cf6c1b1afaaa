package dev.deployer.diag;

import java.util.Collection;
import java.util.Optional;

/** Suggests the closest known word for a misspelled one (Levenshtein distance). */
public final class DidYouMean {

    private DidYouMean() {
    }

    public static Optional<String> closest(String word, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(word.toLowerCase(), candidate.toLowerCase());
            if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, Math.min(3, word.length() / 3));
        if (best != null && bestDistance <= allowed) {
            return Optional.of(best);
        }
        // Abbreviations ("stg" for "stage") are far in edit distance but obvious to a reader.
        return known.stream().filter(k -> word.length() >= 2 && isSubsequence(word.toLowerCase(), k.toLowerCase()))
                .sorted().findFirst();
    }

    private static boolean isSubsequence(String word, String of) {
        int i = 0;
        for (int j = 0; j < of.length() && i < word.length(); j++) {
            if (word.charAt(i) == of.charAt(j)) {
                i++;
            }
        }
        return i == word.length() && word.charAt(0) == of.charAt(0);
    }

    /** A hint sentence: "did you mean 'x'?" or the list of allowed words. */
    public static String hint(String word, Collection<String> known) {
        return closest(word, known)
                .map(s -> "did you mean '" + s + "'?")
                .orElseGet(() -> "expected one of: " + String.join(", ", known.stream().sorted().toList()));
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
