package dev.deployer.kustomize.config;

import java.util.Map;
import java.util.TreeMap;

/** {@code generatorOptions} or a generator's {@code options}. */
public record GeneratorOptions(Map<String, String> labels, Map<String, String> annotations,
        boolean disableNameSuffixHash, boolean immutable) {

    public static final GeneratorOptions NONE = new GeneratorOptions(Map.of(), Map.of(), false, false);

    /** kustomize's merge: local labels/annotations win, either side can only switch the flags on. */
    public GeneratorOptions withGlobal(GeneratorOptions global) {
        Map<String, String> l = new TreeMap<>(global.labels);
        l.putAll(labels);
        Map<String, String> a = new TreeMap<>(global.annotations);
        a.putAll(annotations);
        return new GeneratorOptions(l, a, disableNameSuffixHash || global.disableNameSuffixHash,
                immutable || global.immutable);
    }
}
