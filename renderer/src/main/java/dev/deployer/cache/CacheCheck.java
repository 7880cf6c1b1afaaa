package dev.deployer.cache;

import dev.deployer.output.Change;
import java.util.List;

/** What the render cache can say about the output on disk without a full render. */
public sealed interface CacheCheck {

    /** How messages name the output when the cache answered without loading the repository. */
    String OUTPUT = "output";

    /**
     * The output is what a full render would write; {@code files} is how many files that is,
     * {@code rendered} how many units had to be rendered again to tell.
     */
    record UpToDate(int files, int rendered) implements CacheCheck {
    }

    /** A full render would make exactly these changes (sorted by path) to the {@code files} it writes. */
    record Stale(List<Change> changes, int files, int rendered) implements CacheCheck {
        public Stale {
            changes = List.copyOf(changes);
        }
    }

    /** The cache cannot tell (no index, another deployer, a change too wide): render in full. */
    record Unknown(String reason) implements CacheCheck {
    }
}
