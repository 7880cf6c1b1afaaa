package dev.deployer.check;

import dev.deployer.output.Change;
import java.util.List;

/**
 * The answer to "is the output on disk what a render would write?".
 *
 * @param changes  what a render would change, by path; empty when the output is up to date
 * @param leftovers temporary files an interrupted render left (relative paths), which a render removes
 * @param files    how many files a render writes
 * @param output   the output as users name it in messages ({@code rendered/}, or {@code output}
 *                 when the cache answered without loading the repository)
 * @param fromCache whether the render cache answered (else everything was rendered)
 * @param rendered units the cache had to render again to answer (0 when nothing changed)
 * @param millis   how long finding the answer took
 */
public record CheckResult(List<Change> changes, List<String> leftovers, int files, String output, boolean fromCache,
                          int rendered, long millis) {

    public CheckResult {
        changes = List.copyOf(changes);
        leftovers = List.copyOf(leftovers);
    }

    /** Nothing a render would change or clean up. */
    public boolean upToDate() {
        return changes.isEmpty() && leftovers.isEmpty();
    }

    public long count(Change.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** Files a render writes with the bytes they already have. */
    public long unchanged() {
        return files - count(Change.Kind.ADD) - count(Change.Kind.MODIFY);
    }
}
