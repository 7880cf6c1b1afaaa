package dev.deployer.controller;

import dev.deployer.model.ComponentGraph;
import dev.deployer.model.Controller;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YScalar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The per-object annotations that carry the environment semantics into {@code rendered/}, the
 * controller's way:
 * <ul>
 * <li>Argo CD: {@code argocd.argoproj.io/sync-wave} from the component's place in the
 *     dependsOn graph, so dependencies sync (and become healthy) first; and
 *     {@code argocd.argoproj.io/sync-options: Prune=false,Delete=false} on stateful components,
 *     so neither a sync nor deleting the Application removes a database or a table
 *     (https://argo-cd.readthedocs.io/en/stable/user-guide/sync-options/).</li>
 * <li>Flux: {@code kustomize.toolkit.fluxcd.io/prune: disabled} on stateful components, which
 *     keeps them out of garbage collection. Flux orders by Kustomization instead (see
 *     {@link FluxLayout}).</li>
 * </ul>
 * An annotation a template already set wins, as labels do.
 */
public final class ObjectAnnotations {

    public static final String SYNC_WAVE = "argocd.argoproj.io/sync-wave";
    public static final String SYNC_OPTIONS = "argocd.argoproj.io/sync-options";
    public static final String FLUX_PRUNE = "kustomize.toolkit.fluxcd.io/prune";
    private static final List<String> KEEP_STATEFUL = List.of("Prune=false", "Delete=false");

    private ObjectAnnotations() {
    }

    public static void apply(Controller controller, List<ComponentObjects> rendered) {
        if (controller == Controller.ARGOCD) {
            argocd(rendered);
        } else {
            flux(rendered);
        }
    }

    private static void argocd(List<ComponentObjects> rendered) {
        ComponentGraph graph = new ComponentGraph(rendered.stream().map(ComponentObjects::component).toList());
        Map<String, Integer> waves = graph.hasEdges() ? graph.waves() : Map.of();
        for (ComponentObjects c : rendered) {
            Integer wave = waves.get(c.component().name());
            for (YMap object : c.objects()) {
                if (wave != null) {
                    putIfAbsent(object, SYNC_WAVE, Integer.toString(wave));
                }
                if (c.component().stateful()) {
                    keepStateful(annotations(object));
                }
            }
        }
    }

    private static void flux(List<ComponentObjects> rendered) {
        for (ComponentObjects c : rendered) {
            if (c.component().stateful()) {
                c.objects().forEach(o -> putIfAbsent(o, FLUX_PRUNE, "disabled"));
            }
        }
    }

    /** Adds Prune=false and Delete=false to the sync options, unless the object already decides them. */
    private static void keepStateful(YMap annotations) {
        List<String> options = new ArrayList<>();
        annotations.string(SYNC_OPTIONS).ifPresent(s -> Arrays.stream(s.split(","))
                .map(String::trim).filter(o -> !o.isEmpty()).forEach(options::add));
        for (String keep : KEEP_STATEFUL) {
            String name = keep.substring(0, keep.indexOf('=') + 1);
            if (options.stream().noneMatch(o -> o.startsWith(name))) {
                options.add(keep);
            }
        }
        annotations.put(SYNC_OPTIONS, YScalar.string(String.join(",", options)));
    }

    private static void putIfAbsent(YMap object, String key, String value) {
        YMap annotations = annotations(object);
        if (!annotations.has(key)) {
            annotations.put(key, YScalar.string(value));
        }
    }

    private static YMap annotations(YMap object) {
        return object.mapOrCreate("metadata").mapOrCreate("annotations");
    }
}
