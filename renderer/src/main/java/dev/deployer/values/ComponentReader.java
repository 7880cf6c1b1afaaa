package dev.deployer.values;

import dev.deployer.yaml.Merge;
import dev.deployer.diag.Problems;
import dev.deployer.load.Fields;
import dev.deployer.load.Names;
import dev.deployer.model.Component;
import dev.deployer.model.ComponentType;
import dev.deployer.model.HelmChart;
import dev.deployer.model.Workload;
import dev.deployer.yaml.YMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Binds one component's merged values (defaults ◄ service.yaml ◄ values file) into a {@link Component}. */
final class ComponentReader {

    private ComponentReader() {
    }

    static Component read(String name, ComponentType type, YMap merged, ComponentContext ctx, Set<String> siblings,
                          Problems problems) {
        String what = "component '" + name + "'";
        Fields f = new Fields(merged, what, problems);
        f.allow("type");
        String objectName = name.equals(ctx.service()) ? ctx.service() : ctx.service() + "-" + name;
        if (!Names.isDnsLabel(objectName)) {
            f.error("type", "the object name '" + objectName + "' made from service and component names is not valid",
                    "shorten the service or component name; " + Names.DNS_LABEL_HINT);
        }
        List<String> dependsOn = dependsOn(f, name, siblings);
        boolean stateful = f.bool("stateful", false);
        var labels = f.stringMap("labels");
        InstanceResolver.checkLabels(f, labels);
        var annotations = f.stringMap("annotations");
        InstanceResolver.checkAnnotationKeys(f, "annotations", annotations);
        YMap vars = f.map("vars").orElseGet(YMap::new);
        Optional<Workload> workload = Optional.empty();
        Optional<HelmChart> helm = Optional.empty();
        List<String> files = List.of();
        if (type == ComponentType.RAW) {
            files = rawFiles(f, what, ctx);
        } else if (type == ComponentType.HELM) {
            helm = Optional.of(HelmReader.read(f, what, objectName));
        } else {
            workload = Optional.of(WorkloadReader.read(f, type, objectName, ctx));
        }
        f.end();
        return new Component(name, type, objectName, dependsOn, stateful, labels, annotations, workload, files, helm,
                Merge.maps(ctx.vars(), vars));
    }

    /** The raw manifests, as paths relative to the repository root, each checked to exist inside it. */
    private static List<String> rawFiles(Fields f, String what, ComponentContext ctx) {
        List<String> files = f.strings("files");
        if (files.isEmpty()) {
            f.error("files", what + " of type raw lists no files", "add 'files: [resources/table.yaml]'");
        }
        List<String> out = new java.util.ArrayList<>();
        for (String file : files) {
            try {
                java.nio.file.Path p = ctx.files().resolveUnder(ctx.serviceDir(), file, f.valueLocation("files"));
                if (!java.nio.file.Files.isRegularFile(p)) {
                    f.error("files", "raw manifest '" + file + "' not found (looked for " + ctx.files().display(p) + ")",
                            "paths are relative to the service directory");
                }
                out.add(ctx.files().display(p));
            } catch (dev.deployer.diag.ConfigException e) {
                f.problems().addAll(e.diagnostics());
            }
        }
        return out;
    }

    private static List<String> dependsOn(Fields f, String self, Set<String> siblings) {
        List<String> deps = f.strings("dependsOn");
        for (String d : deps) {
            if (d.equals(self) || !siblings.contains(d)) {
                f.error("dependsOn", "component '" + self + "' depends on '" + d + "', which is not another component"
                        + " of this service", dev.deployer.diag.DidYouMean.hint(d, siblings));
            }
        }
        return deps.stream().sorted().distinct().toList();
    }
}
