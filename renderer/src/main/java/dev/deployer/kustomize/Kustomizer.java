package dev.deployer.kustomize;

import dev.deployer.diag.Location;
import dev.deployer.files.Boundary;
import dev.deployer.kustomize.config.Kustomization;
import dev.deployer.kustomize.config.SortOptions;
import dev.deployer.kustomize.finish.BuildAnnotations;
import dev.deployer.kustomize.finish.Cleanup;
import dev.deployer.kustomize.finish.HashSuffixes;
import dev.deployer.kustomize.finish.JsonPrinting;
import dev.deployer.kustomize.finish.LegacySort;
import dev.deployer.kustomize.finish.LocalConfig;
import dev.deployer.kustomize.finish.References;
import dev.deployer.kustomize.finish.VarReferences;
import dev.deployer.kustomize.model.Origin;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.kustomize.model.ResourceSet;
import dev.deployer.kustomize.transformers.Accumulator;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YamlEmitter;
import dev.deployer.trace.ReadTracker;
import java.nio.file.Path;
import java.util.List;

/**
 * The kustomize-compatible overlay engine's entry points. {@link #buildYaml} prints what
 * {@code kubectl kustomize DIR} (kustomize v5.5) prints. Errors are
 * {@link dev.deployer.diag.ConfigException}s naming the file and, where known, the line.
 */
public final class Kustomizer {

    private Kustomizer() {
    }

    /**
     * The resources of a kustomization directory, as {@code kubectl kustomize DIR} builds them. A
     * Component built directly works like a kustomization, as in kustomize.
     */
    public static List<YMap> build(Path kustomizationDir) {
        Builder builder = new Builder(Boundary.none(), ReadTracker.NONE);
        Kustomization k = builder.load(kustomizationDir, Location.of(kustomizationDir.toString()));
        Accumulator acc = new Accumulator();
        builder.run(k, acc, k.file(), k.buildMetadata().tracksOrigins() ? Origin.ROOT : null);
        return finish(acc, k);
    }

    /**
     * Fails as {@code kubectl kustomize} would when printing {@code object}: a value JSON cannot hold
     * (NaN, infinities) or a character go-yaml's reader refuses. The object is not changed.
     */
    public static void checkPrintable(YMap object) {
        JsonPrinting.check(new Resource(object.deepCopy(), object.location()));
    }

    /** The exact bytes {@code kubectl kustomize DIR} prints. */
    public static String buildYaml(Path kustomizationDir) {
        return YamlEmitter.emitAll(build(kustomizationDir));
    }

    /**
     * Applies an overlay kustomization (patches, images, labels, generators, namespace, its own
     * resources, ...) on top of resources produced elsewhere, then adds hash suffixes, fixes
     * references and sorts as the entry build does. The given maps are copied, not edited. No
     * file outside {@code boundary} is read, whatever the overlay names; every file the build
     * reads is noted in {@code reads}.
     */
    public static List<YMap> buildOverlay(Path overlayDir, List<YMap> baseResources, Boundary boundary,
                                          ReadTracker reads) {
        Builder builder = new Builder(boundary, reads);
        Kustomization k = builder.load(overlayDir, Location.of(overlayDir.toString()));
        Accumulator acc = new Accumulator();
        for (YMap m : baseResources) {
            acc.resources().add(new Resource(m.deepCopy(), m.location()));
        }
        builder.run(k, acc, k.file(), k.buildMetadata().tracksOrigins() ? Origin.ROOT : null);
        return finish(acc, k);
    }

    /**
     * Once, at the end of the top-level build (kustomize's makeCustomizedResMap, then krusty's Run):
     * hashes, then references to the final names, vars, local configuration dropped, then order,
     * then the build metadata, then what printing through JSON does to the objects.
     */
    private static List<YMap> finish(Accumulator acc, Kustomization entry) {
        ResourceSet set = acc.resources();
        HashSuffixes.apply(set);
        References.apply(set, acc.config().nameReference());
        VarReferences.apply(set, acc.vars(), acc.config().varReference());
        LocalConfig.drop(set);
        LegacySort.apply(set, entry.sortOptions() == null ? SortOptions.LEGACY : entry.sortOptions());
        BuildAnnotations.apply(set, entry.buildMetadata());
        Cleanup.apply(set);
        JsonPrinting.apply(set);
        return set.all().stream().map(Resource::node).toList();
    }
}
