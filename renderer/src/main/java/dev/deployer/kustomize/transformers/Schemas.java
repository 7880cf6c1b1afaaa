package dev.deployer.kustomize.transformers;

import dev.deployer.diag.ConfigException;
import dev.deployer.kustomize.config.OpenApi;
import dev.deployer.kustomize.filters.MergeSchema;
import dev.deployer.kustomize.filters.OpenApiSchema;
import dev.deployer.kustomize.model.BuiltinTypes;
import dev.deployer.kustomize.model.Gvk;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YamlParser;
import java.util.List;

/**
 * The schema strategic merge patches use in one build. kustomize keeps one global OpenAPI setting:
 * the top-level kustomization's {@code openapi} if it has one, else the first one met while
 * loading its bases and components; later ones are read (the file must exist) but ignored. A
 * custom document replaces the built-in Kubernetes 1.21 schema; {@code version: v1.21.2}, the only
 * built-in version, keeps it.
 */
public final class Schemas {

    static final String BUILTIN_VERSION = "v1.21.2";

    private boolean chosen;
    private boolean unknownTypeSeen;
    private OpenApiSchema custom;

    /**
     * Notes a resource read before the schema was chosen: in kustomize, asking the scope of a type
     * outside its built-in table makes a custom schema chosen later load the built-in one too.
     */
    void noteLoaded(Gvk gvk) {
        if (!chosen && !BuiltinTypes.isBuiltin(gvk)) {
            unknownTypeSeen = true;
        }
    }

    /** The merge schema of a resource type, or null when there is none. */
    public MergeSchema forType(Gvk gvk) {
        return custom != null ? custom.forType(gvk) : MergeSchema.forType(gvk);
    }

    /** Applies a kustomization's {@code openapi} field, unless an earlier one was applied. */
    void choose(KustContext ctx) {
        OpenApi o = ctx.kustomization().openapi();
        if (o == null) {
            return;
        }
        List<YNode> docs = o.path() == null ? List.of() : YamlParser.parseResources(ctx.loader().text(
                o.path().value(), o.path().location()), ctx.loader().resolve(o.path().value()).toString());
        if (chosen) {
            return;
        }
        chosen = true;
        if (o.path() != null && !o.version().isEmpty()) {
            throw new ConfigException(o.path().location(), "builtin version and custom schema provided, cannot use "
                    + "both", "keep openapi.path or openapi.version");
        }
        if (o.path() == null && !o.version().isEmpty() && !o.version().equals(BUILTIN_VERSION)) {
            throw new ConfigException(ctx.kustomization().file(), "the specified OpenAPI version '" + o.version()
                    + "' is not built in", "the built-in schema is " + BUILTIN_VERSION);
        }
        if (o.path() != null) {
            custom = OpenApiSchema.of(docs.isEmpty() ? null : docs.get(0), unknownTypeSeen);
        }
    }
}
