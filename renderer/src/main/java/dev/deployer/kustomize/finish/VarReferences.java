package dev.deployer.kustomize.finish;

import dev.deployer.diag.ConfigException;
import dev.deployer.kustomize.config.FieldSpec;
import dev.deployer.kustomize.config.Var;
import dev.deployer.kustomize.filters.DotPath;
import dev.deployer.kustomize.filters.FieldWalker;
import dev.deployer.kustomize.filters.VarExpansion;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.kustomize.model.ResourceSet;
import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves {@code vars} once every name is final (after hash suffixes and reference fixing, as
 * kustomize's ResolveVars): each var's value is read from the resource it was declared on, then
 * {@code $(NAME)} is replaced in the var reference fields of every resource (string scalars, the
 * string values of a map, every item of a list, which must all be strings).
 */
public final class VarReferences {

    private VarReferences() {
    }

    public static void apply(ResourceSet set, List<Var> vars, List<FieldSpec> varReference) {
        if (vars.isEmpty()) {
            return;
        }
        Map<String, YScalar> values = new HashMap<>();
        for (Var v : vars) {
            values.put(v.name(), value(set, v));
        }
        VarExpansion expansion = new VarExpansion(values);
        for (Resource r : set.all()) {
            for (FieldSpec fs : varReference) {
                FieldWalker.apply(r, fs, FieldWalker.Create.NONE, node -> replace(node, expansion, r, fs));
            }
        }
    }

    private static YScalar value(ResourceSet set, Var v) {
        Resource holder = set.all().stream().filter(r -> r.refVarNames().contains(v.name())).findFirst()
                .orElseThrow(() -> new ConfigException(v.location(), "var '" + v + "' cannot be mapped to a field "
                        + "in the set of known resources", "check the var's objref: apiVersion, kind and name must "
                        + "name a resource of this build"));
        YNode node = DotPath.lookup(holder.node(), DotPath.splitWithIndexes(v.fieldPath()));
        if (node == null) {
            throw new ConfigException(v.location(), "field specified in var '" + v + "' not found in corresponding "
                    + "resource " + holder.curId(), "check the var's fieldref.fieldPath");
        }
        return VarExpansion.valueOf(node);
    }

    private static YNode replace(YNode node, VarExpansion e, Resource r, FieldSpec fs) {
        if (node instanceof YScalar s) {
            return s.isString() ? e.expand(s.value()) : s;
        }
        if (node instanceof YMap m) {
            m.entries().entrySet().stream().filter(x -> x.getValue() instanceof YScalar s && s.isString()).toList()
                    .forEach(x -> m.put(x.getKey(), e.expand(((YScalar) x.getValue()).value())));
        } else if (node instanceof YList list) {
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof YScalar s && s.isString())) {
                    throw new ConfigException(r.origin(), "invalid value type expect a string at " + fs.path()
                            + " of " + r.curId() + ", found " + list.get(i).describe(),
                            "var references may only be used in lists of strings");
                }
                list.items().set(i, e.expand(s.value()));
            }
        }
        return node;
    }
}
