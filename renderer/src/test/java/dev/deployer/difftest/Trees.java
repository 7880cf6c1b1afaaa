package dev.deployer.difftest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates a kustomization tree from a seed (the same seed, the same tree): one directory, or a
 * base with an overlay, sometimes a second base (a diamond) and a component.
 */
final class Trees {

    private Trees() {
    }

    static Tree generate(long seed) {
        Rand rand = new Rand(seed);
        Map<String, String> files = new TreeMap<>();
        Kustomizations k = new Kustomizations(rand, files);
        if (rand.chance(0.4)) {
            k.write(".", List.of(), List.of(), List.of(), 1.0);
            return new Tree(files, ".");
        }
        List<Res> base = k.write("base", List.of(), List.of(), List.of(), 0.4);
        List<String> bases = List.of("../base");
        if (rand.chance(0.15)) {
            List<Res> other = k.write("other", List.of(), List.of(), List.of(), 0.3);
            base = concat(base, other);
            bases = List.of("../base", "../other");
        }
        List<String> components = List.of();
        if (rand.chance(0.3)) {
            k.component("components/extra", base);
            components = List.of("../components/extra");
        }
        k.write("overlay", bases, components, base, 1.0);
        return new Tree(files, "overlay");
    }

    private static List<Res> concat(List<Res> a, List<Res> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
