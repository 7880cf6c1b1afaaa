package dev.deployer.kustomize.finish;

import dev.deployer.kustomize.model.Resource;
import java.util.List;

/** Whether two objects got the same name prefixes and suffixes (the tie-breaker between referral candidates). */
final class Affixes {

    private Affixes() {
    }

    static boolean equal(Resource a, Resource b, boolean allowEmpty) {
        if (allowEmpty) {
            boolean prefixes = a.prefixes().isEmpty() || b.prefixes().isEmpty()
                    || sameEnding(a.prefixes(), b.prefixes());
            boolean suffixes = a.suffixes().isEmpty() || b.suffixes().isEmpty()
                    || sameEnding(a.suffixes(), b.suffixes());
            return prefixes && suffixes;
        }
        return sameEnding(a.prefixes(), b.prefixes()) && sameEnding(a.suffixes(), b.suffixes());
    }

    /** The shorter list equals the end of the longer one (two empty lists count as equal). */
    static boolean sameEnding(List<String> x, List<String> y) {
        List<String> shortest = x.size() <= y.size() ? x : y;
        List<String> longest = x.size() <= y.size() ? y : x;
        int diff = longest.size() - shortest.size();
        if (shortest.isEmpty()) {
            return diff == 0;
        }
        for (int i = shortest.size() - 1; i >= 0; i--) {
            if (!longest.get(i + diff).equals(shortest.get(i))) {
                return false;
            }
        }
        return true;
    }
}
