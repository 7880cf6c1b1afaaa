package dev.deployer.bot.promote;

import dev.deployer.bot.edit.KeyRemover;
import dev.deployer.bot.edit.ScalarEditor;
import dev.deployer.bot.plan.Change;
import dev.deployer.bot.plan.Hold;
import dev.deployer.bot.pr.PullRequestText.ImageChange;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import dev.deployer.diag.Problems;
import dev.deployer.load.Repo;
import dev.deployer.load.RepoLoader;
import dev.deployer.model.Component;
import dev.deployer.model.ServiceInstance;
import dev.deployer.output.OutputFile;
import dev.deployer.output.OutputPlan;
import dev.deployer.output.OutputWriter;
import dev.deployer.output.UnifiedDiff;
import dev.deployer.render.RenderOptions;
import dev.deployer.render.RenderResult;
import dev.deployer.render.Renderer;
import dev.deployer.values.InstanceResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes one change into a checkout: edits the values file (only the version's bytes change, and
 * the {@code hold:} entry's), re-renders that service in that environment, and checks that a new
 * version's image is in the rendered output, refusing otherwise. The PR therefore carries both
 * the values change and the rendered diff. A hold alone renders to the same bytes (the renderer
 * ignores it), which the render here confirms rather than assumes.
 */
final class ChangeWriter {

    private ChangeWriter() {
    }

    static AppliedChange write(Path workTree, Change change) {
        Repo before = RepoLoader.load(workTree);
        String valuesDiff = editValues(workTree, change);
        Repo after = RepoLoader.load(workTree);
        RenderResult result = Renderer.render(after, new RenderOptions(List.of(change.env()), List.of(change.service()), 1));
        OutputPlan plan = OutputPlan.compute(workTree, result.files(), result.scope());
        if (change.changesVersion()) {
            requireImage(result.files(), after.config().renderedDir(), change);
        }
        OutputWriter.apply(plan);
        Set<String> paths = new LinkedHashSet<>();
        paths.add(change.valuesFile());
        plan.changes().forEach(c -> paths.add(c.path()));
        return new AppliedChange(new ArrayList<>(paths), valuesDiff + UnifiedDiff.of(plan.changes()),
                change.changesVersion() ? images(before, after, change) : List.of());
    }

    private static String editValues(Path workTree, Change change) {
        Path file = workTree.resolve(change.valuesFile());
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String edited = text;
            if (change.changesVersion()) {
                edited = ScalarEditor.set(edited, List.of("version"), change.toVersion(), change.valuesFile());
            }
            if (change.changesHold()) {
                edited = editHold(edited, change);
            }
            Files.writeString(file, edited, StandardCharsets.UTF_8);
            return UnifiedDiff.of(new dev.deployer.output.Change(dev.deployer.output.Change.Kind.MODIFY,
                    change.valuesFile(), text, edited));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code hold:} entry: its reason and the version a rollback left, or the whole entry removed. */
    private static String editHold(String text, Change change) {
        Hold after = change.holdAfter();
        if (!after.held()) {
            return KeyRemover.remove(text, "hold", change.valuesFile());
        }
        String edited = ScalarEditor.set(text, List.of("hold", "reason"), after.reason(), change.valuesFile());
        boolean marks = !after.rolledBackFrom().isEmpty()
                && !after.rolledBackFrom().equals(change.holdBefore().rolledBackFrom());
        return marks ? ScalarEditor.set(edited, List.of("hold", "rolledBackFrom"), after.rolledBackFrom(),
                change.valuesFile()) : edited;
    }

    private static void requireImage(List<OutputFile> files, String renderedDir, Change change) {
        String dir = renderedDir + "/" + change.env() + "/" + change.service() + "/";
        boolean found = files.stream().filter(f -> f.path().startsWith(dir))
                .anyMatch(f -> f.content().contains(":" + change.toVersion() + "\n")
                        || f.content().contains("@" + change.toVersion() + "\n")
                        || f.content().contains(":" + change.toVersion() + "\"\n"));
        if (!found) {
            throw new DeployerException(ExitCode.INVALID_CONFIG, "after setting " + change.valuesFile() + " to "
                    + change.toVersion() + ", no rendered image of " + change.service() + " in " + change.env()
                    + " uses it; perhaps every component overrides 'version' or the templates ignore it");
        }
    }

    /** The images of the service's workloads before and after, for the PR's table. */
    private static List<ImageChange> images(Repo before, Repo after, Change change) {
        Map<String, String> old = imagesOf(before, change);
        Map<String, String> now = imagesOf(after, change);
        List<ImageChange> out = new ArrayList<>();
        now.forEach((component, image) -> {
            String previous = old.getOrDefault(component, "");
            if (!image.equals(previous)) {
                out.add(new ImageChange(component, repository(image), tag(previous), tag(image)));
            }
        });
        return out;
    }

    private static Map<String, String> imagesOf(Repo repo, Change change) {
        Map<String, String> out = new TreeMap<>();
        var source = repo.service(change.service()).orElseThrow();
        if (!source.deployedTo(change.env())) {
            return out;
        }
        ServiceInstance instance = InstanceResolver.resolve(repo, source, change.env(), new Problems());
        for (Component c : instance.components()) {
            c.workload().ifPresent(w -> out.put(c.name(), w.image()));
        }
        return out;
    }

    private static String repository(String image) {
        int at = image.indexOf('@');
        if (at >= 0) {
            return image.substring(0, at);
        }
        int colon = image.lastIndexOf(':');
        return colon > image.lastIndexOf('/') ? image.substring(0, colon) : image;
    }

    private static String tag(String image) {
        if (image.isEmpty()) {
            return "";
        }
        int at = image.indexOf('@');
        if (at >= 0) {
            return image.substring(at + 1);
        }
        int colon = image.lastIndexOf(':');
        return colon > image.lastIndexOf('/') ? image.substring(colon + 1) : "";
    }
}
