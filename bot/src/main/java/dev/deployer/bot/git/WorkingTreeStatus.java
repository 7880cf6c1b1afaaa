package dev.deployer.bot.git;

import java.util.Set;
import java.util.TreeSet;

/** Paths that differ from HEAD: changed (tracked, staged or not) and untracked (not ignored). */
public record WorkingTreeStatus(Set<String> changed, Set<String> untracked) {

    public WorkingTreeStatus {
        changed = Set.copyOf(changed);
        untracked = Set.copyOf(untracked);
    }

    public boolean isClean() {
        return changed.isEmpty() && untracked.isEmpty();
    }

    /** Up to {@code max} paths, sorted, for a message. */
    public String summary(int max) {
        TreeSet<String> all = new TreeSet<>(changed);
        all.addAll(untracked);
        String shown = String.join(", ", all.stream().limit(max).toList());
        return all.size() > max ? shown + " and " + (all.size() - max) + " more" : shown;
    }
}
