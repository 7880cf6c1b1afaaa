package dev.deployer.kustomize.model;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Lexical path joining as Go's {@code filepath.Join} does it (kustomize builds origin paths that
 * way): empty parts are skipped, {@code .} segments dropped, {@code ..} cancels the segment before
 * it unless there is none, and an empty result is {@code .}. Nothing touches the file system.
 */
final class CleanPath {

    private CleanPath() {
    }

    static String join(String base, String rel) {
        if (base.isEmpty()) {
            return rel.isEmpty() ? "" : clean(rel);
        }
        return rel.isEmpty() ? clean(base) : clean(base + "/" + rel);
    }

    static String clean(String path) {
        boolean absolute = path.startsWith("/");
        Deque<String> out = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..") && !out.isEmpty() && !out.peekLast().equals("..")) {
                out.removeLast();
            } else if (!(segment.equals("..") && absolute)) {
                out.addLast(segment);
            }
        }
        String joined = String.join("/", out);
        if (absolute) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }
}
