package dev.deployer.difftest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reduces a tree on which the two builds disagree to a small one that still disagrees the same
 * way: drops whole files, then ever smaller runs of lines of each file (delta debugging over
 * lines, line ends kept as written), until no single removal keeps the difference or the budget of
 * builds is spent.
 */
final class Shrinker {

    private final Predicate<Tree> stillFails;
    private int budget;

    Shrinker(Predicate<Tree> stillFails, int budget) {
        this.stillFails = stillFails;
        this.budget = budget;
    }

    /** A shrinker keeping the verdict {@code verdict} of {@code compare}. */
    static Shrinker keeping(Function<Tree, Comparison> compare, Verdict verdict, int budget) {
        return new Shrinker(t -> compare.apply(t).verdict() == verdict, budget);
    }

    Tree shrink(Tree tree) {
        Tree current = tree;
        boolean progress = true;
        while (progress && budget > 0) {
            Tree before = current;
            current = dropFiles(current);
            for (String path : List.copyOf(current.files().keySet())) {
                current = dropLines(current, path);
            }
            progress = current.size() < before.size();
        }
        return current;
    }

    private Tree dropFiles(Tree tree) {
        Tree current = tree;
        for (String path : List.copyOf(tree.files().keySet())) {
            Map<String, String> files = new LinkedHashMap<>(current.files());
            files.remove(path);
            current = attempt(current, current.with(files));
        }
        return current;
    }

    private Tree dropLines(Tree tree, String path) {
        Tree current = tree;
        List<String> lines = lines(current.files().get(path));
        for (int chunk = Math.max(1, lines.size() / 2); chunk >= 1 && budget > 0; chunk /= 2) {
            for (int start = 0; start < lines.size() && budget > 0; ) {
                List<String> fewer = new ArrayList<>(lines.subList(0, start));
                fewer.addAll(lines.subList(Math.min(lines.size(), start + chunk), lines.size()));
                Tree candidate = withFile(current, path, String.join("", fewer));
                Tree result = attempt(current, candidate);
                if (result == candidate) {
                    current = candidate;
                    lines = fewer;
                } else {
                    start += chunk;
                }
            }
        }
        return current;
    }

    private Tree attempt(Tree current, Tree candidate) {
        if (budget <= 0 || candidate.files().equals(current.files())) {
            return current;
        }
        budget--;
        return stillFails.test(candidate) ? candidate : current;
    }

    private static Tree withFile(Tree tree, String path, String text) {
        Map<String, String> files = new LinkedHashMap<>(tree.files());
        files.put(path, text);
        return tree.with(files);
    }

    /** The text's lines, each with its line end ({@code \n} or {@code \r\n}); the last may have none. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            out.add(text.substring(start, i + 1));
            start = i + 1;
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }
}
