package dev.deployer.kustomize;

import dev.deployer.kustomize.filters.ContentHash;
import dev.deployer.yaml.YMap;

/**
 * kustomize's content-hash name suffix for a ConfigMap or Secret (see {@link ContentHash} for the
 * algorithm). Public because the renderer names its own generated ConfigMaps the same way, so a
 * team moving from kustomize gets the same names and no rollout.
 */
public final class NameHash {

    private NameHash() {
    }

    /** The 10-character suffix (without the dash) kustomize appends to a generated object's name. */
    public static String suffix(YMap configMapOrSecret) {
        return ContentHash.suffix(configMapOrSecret);
    }

    static YMap hashInput(YMap object) {
        return ContentHash.hashInput(object);
    }
}
