package dev.deployer.kustomize.finish;

import dev.deployer.kustomize.filters.ContentHash;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.kustomize.model.ResourceSet;

/**
 * Appends the content hash to generated objects, once, on their final content (after every
 * overlay's merges, prefixes and replacements), remembering the old name for reference fixing.
 */
public final class HashSuffixes {

    private HashSuffixes() {
    }

    public static void apply(ResourceSet set) {
        for (Resource r : set.all()) {
            if (r.needsHash()) {
                String suffix = ContentHash.suffix(r.node());
                r.storePreviousId();
                r.setName(r.name() + "-" + suffix);
            }
        }
    }
}
