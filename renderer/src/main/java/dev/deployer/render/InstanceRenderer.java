package dev.deployer.render;

import dev.deployer.diag.ConfigException;
import dev.deployer.kustomize.Kustomizer;
import dev.deployer.diag.Diagnostic;
import dev.deployer.diag.Location;
import dev.deployer.diag.Problems;
import dev.deployer.controller.ComponentObjects;
import dev.deployer.model.Component;
import dev.deployer.model.Controller;
import dev.deployer.model.FluxSettings;
import dev.deployer.model.RepoConfig;
import dev.deployer.model.ComponentType;
import dev.deployer.model.ServiceInstance;
import dev.deployer.model.Workload.ConfigFiles;
import dev.deployer.template.TemplateContext;
import dev.deployer.template.TemplateEngine;
import dev.deployer.trace.ReadTracker;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import dev.deployer.yaml.YamlParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Template: one service instance into Kubernetes objects. Each component's templates
 * (or, for raw components, its files) are rendered with Pebble and parsed back; config files
 * become a hashed ConfigMap; every object gets the component's labels.
 */
final class InstanceRenderer {

    private final TemplateEngine engine;
    private final ComponentTemplates templates;
    private final Controller controller;
    private final Map<String, Object> flux;

    InstanceRenderer(TemplateEngine engine, ComponentTemplates templates, RepoConfig config) {
        this.engine = engine;
        this.templates = templates;
        this.controller = config.controller();
        FluxSettings f = config.flux();
        this.flux = new TreeMap<>(Map.of("namespace", f.namespace(), "interval", f.interval(),
                "sourceInterval", f.sourceInterval(), "timeout", f.timeout()));
    }

    /** The objects of every component, in component order; the repository files read are noted in {@code reads}. */
    List<ComponentObjects> render(ServiceInstance instance, Problems problems, ReadTracker reads) {
        List<ComponentObjects> objects = new ArrayList<>();
        for (Component component : instance.components()) {
            Map<String, Object> context = TemplateContext.of(instance, component);
            context.put("flux", flux);
            List<YMap> own = new ArrayList<>();
            if (component.type() == ComponentType.HELM && controller == Controller.ARGOCD) {
                // Argo CD renders the chart itself, from the Application in clusters/.
                objects.add(new ComponentObjects(component, own));
                continue;
            }
            if (component.type() == ComponentType.RAW) {
                for (String file : component.files()) {
                    problems.collect(() -> own.addAll(parse(engine.renderRepoFile(file, context, reads), file, false,
                            problems)));
                }
            } else {
                for (String template : templates.forType(component.type())) {
                    String display = engine.displayName(template);
                    problems.collect(() -> own.addAll(parse(engine.render(template, context, reads), display, true,
                            problems)));
                }
                component.workload().flatMap(w -> w.config())
                        .ifPresent(cf -> own.add(configMap(instance, cf)));
            }
            Map<String, Object> labels = TemplateContext.labels(instance, component);
            own.forEach(o -> addMetadata(o, "labels", labels));
            own.forEach(o -> addMetadata(o, "annotations", new java.util.TreeMap<>(component.annotations())));
            objects.add(new ComponentObjects(component, own));
        }
        return objects;
    }

    static List<YMap> parse(String text, String source, boolean fromTemplate, Problems problems) {
        List<YNode> docs;
        try {
            docs = YamlParser.parseResources(text, source);
        } catch (ConfigException e) {
            if (!fromTemplate) {
                throw e;
            }
            throw new ConfigException(e.diagnostics().stream()
                    .map(d -> new Diagnostic(Location.of(source), "template output is not valid YAML (output line "
                            + d.location().line() + "): " + d.message(),
                            "check the template's indentation; splice structured values with '| yaml(indent)'"))
                    .toList());
        }
        List<YMap> out = new ArrayList<>();
        for (YNode doc : docs) {
            ObjectChecks.check(doc, Location.of(source), problems).ifPresent(out::add);
        }
        // what kubectl kustomize could not print would make rendered/<env> unbuildable: refuse it here
        out.forEach(Kustomizer::checkPrintable);
        return out;
    }

    private static YMap configMap(ServiceInstance instance, ConfigFiles config) {
        YMap data = new YMap();
        config.data().forEach(data::put);
        return new YMap()
                .put("apiVersion", "v1")
                .put("kind", "ConfigMap")
                .put("metadata", new YMap().put("name", config.configMapName()).put("namespace", instance.namespace()))
                .put("data", data);
    }

    /** Adds labels or annotations to the object's own metadata; the ones the template set win. */
    static void addMetadata(YMap object, String field, Map<String, Object> values) {
        if (values.isEmpty()) {
            return;
        }
        YMap metadata = object.mapOrCreate("metadata");
        YMap existing = metadata.mapOrCreate(field);
        values.forEach((k, v) -> {
            if (!existing.has(k)) {
                existing.put(k, YScalar.string(String.valueOf(v)));
            }
        });
    }
}
