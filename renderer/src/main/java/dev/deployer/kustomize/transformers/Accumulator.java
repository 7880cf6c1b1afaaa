package dev.deployer.kustomize.transformers;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Location;
import dev.deployer.kustomize.config.FieldSpecs;
import dev.deployer.kustomize.config.TransformerConfig;
import dev.deployer.kustomize.filters.BuiltinSpecs;
import dev.deployer.kustomize.config.Var;
import dev.deployer.kustomize.model.ResId;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.kustomize.model.ResourceSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the build of one kustomization accumulates (kustomize's ResAccumulator): its resources, the
 * transformer configuration (defaults plus every {@code configurations:} seen so far, its bases'
 * and components' included) and the declared vars. A base's accumulator is absorbed by the
 * kustomization that lists it; a Component works on its includer's.
 */
public final class Accumulator {

    private final ResourceSet resources = new ResourceSet();
    private TransformerConfig config = TransformerConfig.EMPTY;
    private final Map<String, Var> vars = new TreeMap<>();

    public ResourceSet resources() {
        return resources;
    }

    public TransformerConfig config() {
        return config;
    }

    /** The vars declared so far, by name. */
    public List<Var> vars() {
        return List.copyOf(vars.values());
    }

    /**
     * Declares a kustomization's vars at the end of its build (kustomize's MergeVars): each names
     * the one resource its objref matches (by any id it had; without a namespace the namespace is
     * not compared), and a name may be declared once.
     */
    void declareVars(List<Var> incoming) {
        for (Var v : incoming) {
            ResId target = v.objRef();
            boolean byNamespace = !target.namespace().isEmpty() || target.gvk().isClusterScoped();
            List<Resource> matched = resources.byAnyName(target.name()).stream().filter(r -> r.allIds().stream()
                    .anyMatch(id -> id.gvk().equals(target.gvk()) && id.name().equals(target.name())
                            && (!byNamespace || id.sameNamespace(target)))).toList();
            if (matched.size() > 1) {
                throw new ConfigException(v.location(), "found " + matched.size() + " resId matches for var " + v
                        + " (unable to disambiguate)", "give the var's objref a namespace");
            }
            matched.forEach(r -> r.refVarNames().add(v.name()));
        }
        incoming.forEach(this::addVar);
    }

    private void addVar(Var v) {
        if (vars.containsKey(v.name())) {
            throw new ConfigException(v.location(), "var '" + v.name() + "' already encountered",
                    "each var name may be declared once in a build (bases included)");
        }
        vars.put(v.name(), v);
    }

    /** Adds field specs; two that disagree on {@code create} are an error at {@code at}. */
    void mergeConfig(TransformerConfig more, Location at) {
        if (isDefaults(more) && (config == TransformerConfig.EMPTY || isDefaults(config))) {
            // the common case, every kustomization without configurations (see BuiltinSpecsTest)
            config = BuiltinSpecs.ACCUMULATED_DEFAULTS;
            return;
        }
        try {
            config = config.merge(more);
        } catch (FieldSpecs.Conflict e) {
            throw new ConfigException(at, e.getMessage(), "a field spec may be listed twice only with the same "
                    + "create: value");
        }
    }

    private static boolean isDefaults(TransformerConfig c) {
        return c == BuiltinSpecs.DEFAULTS || c == BuiltinSpecs.ACCUMULATED_DEFAULTS;
    }

    /** Takes over a base's resources (an id already present is an error), field specs and vars. */
    void absorb(Accumulator base, Location at) {
        resources.addAll(base.resources);
        mergeConfig(base.config, at);
        base.vars.values().forEach(this::addVar);
    }
}
