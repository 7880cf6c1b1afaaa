package dev.deployer.render;

import dev.deployer.diag.Location;
import dev.deployer.files.Boundary;
import dev.deployer.model.ComponentType;
import dev.deployer.template.TemplateEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which templates render a component of a given type: the built-in files of
 * {@code templates/<type>/} plus any file the repository adds to its own {@code templates/<type>/}
 * (a repository file with a built-in's name replaces it). Partials under {@code _partials/} are
 * only included, never rendered on their own.
 */
final class ComponentTemplates {

    /** Mirrors the top-level templates/ folder; ComponentTemplatesTest keeps the two in step. */
    static final Map<ComponentType, List<String>> BUILTIN = Map.of(
            ComponentType.WEB, List.of("deployment.yaml.peb", "hpa.yaml.peb", "ingress.yaml.peb", "pdb.yaml.peb",
                    "service.yaml.peb"),
            ComponentType.WORKER, List.of("deployment.yaml.peb", "hpa.yaml.peb", "pdb.yaml.peb"),
            ComponentType.CRONJOB, List.of("cronjob.yaml.peb"),
            ComponentType.RAW, List.of(),
            ComponentType.HELM, List.of("helmrelease.yaml.peb", "helmrepository.yaml.peb"));

    private static final String TEMPLATES = "templates";

    private final TemplateEngine engine;
    private final Boundary boundary;
    private final Map<ComponentType, List<String>> byType = new java.util.EnumMap<>(ComponentType.class);

    /** Refuses, once and before any template is read, a repository's type folder that leads outside it. */
    ComponentTemplates(TemplateEngine engine, Boundary boundary) {
        this.engine = engine;
        this.boundary = boundary;
        for (ComponentType t : ComponentType.values()) {
            byType.put(t, list(t));
        }
    }

    /** Template names ({@code web/deployment.yaml.peb}) for a type, in name order. */
    List<String> forType(ComponentType type) {
        return byType.get(type);
    }

    private List<String> list(ComponentType type) {
        TreeSet<String> names = new TreeSet<>(BUILTIN.get(type));
        Path own = engine.repositoryTemplates().resolve(type.id());
        if (Files.isDirectory(own)) {
            String written = TEMPLATES + "/" + type.id();
            boundary.check(own, written, Location.of(written));
            try (Stream<Path> s = Files.list(own)) {
                s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".peb")).forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names.stream().map(n -> type.id() + "/" + n).toList();
    }
}
