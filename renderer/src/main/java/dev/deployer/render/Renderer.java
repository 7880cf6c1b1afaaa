package dev.deployer.render;

import dev.deployer.controller.ComponentObjects;
import dev.deployer.controller.FluxLayout;
import dev.deployer.controller.ObjectAnnotations;
import dev.deployer.controller.ServiceOutput;
import dev.deployer.diag.ConfigException;
import dev.deployer.diag.DidYouMean;
import dev.deployer.diag.Location;
import dev.deployer.diag.Problems;
import dev.deployer.load.Repo;
import dev.deployer.load.RepoLoader;
import dev.deployer.load.ServiceSource;
import dev.deployer.model.ServiceInstance;
import dev.deployer.output.OutputFile;
import dev.deployer.template.TemplateEngine;
import dev.deployer.trace.ReadLog;
import dev.deployer.values.InstanceResolver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

/**
 * The render pipeline's facade: load the repository, then for every (service, environment)
 * resolve values, render templates, add the controller's per-object annotations and lay out
 * files, in parallel; then, per environment, the controller objects of clusters/. Nothing is written here;
 * the result goes to {@link dev.deployer.output.OutputPlan}. The output is the same bytes
 * whatever the thread count, because every unit is independent and the files are sorted.
 */
public final class Renderer {

    private Renderer() {
    }

    public static RenderResult render(Path root, RenderOptions options) {
        return render(RepoLoader.load(root), options);
    }

    public static RenderResult render(Repo repo, RenderOptions options) {
        return render(repo, options, RenderProgress.NONE);
    }

    /** With {@code progress} told of the units as they are rendered. */
    public static RenderResult render(Path root, RenderOptions options, RenderProgress progress) {
        return render(RepoLoader.load(root), options, progress);
    }

    public static RenderResult render(Repo repo, RenderOptions options, RenderProgress progress) {
        List<String> envs = selectEnvironments(repo, options);
        List<ServiceSource> services = selectServices(repo, options);
        TemplateEngine engine = new TemplateEngine(repo.files().root());
        InstanceRenderer renderer = new InstanceRenderer(engine, new ComponentTemplates(engine), repo.config());
        String renderedDir = repo.config().renderedDir();
        Problems problems = new Problems();
        List<Unit> units = new ArrayList<>();
        for (String env : envs) {
            for (ServiceSource s : services) {
                if (s.deployedTo(env)) {
                    units.add(new Unit(s, env));
                }
            }
        }
        int threads = options.threads() == 0 ? Runtime.getRuntime().availableProcessors() : options.threads();
        progress.started(units.size());
        List<UnitResult> results = inParallel(threads, () ->
                (threads > 1 && units.size() > 1 ? units.parallelStream() : units.stream())
                        .flatMap(u -> {
                            Stream<UnitResult> r = renderUnit(repo, renderer, u, problems);
                            progress.unitDone();
                            return r;
                        })
                        .toList());
        List<OutputFile> files = new ArrayList<>();
        results.forEach(r -> files.addAll(r.files()));
        Map<String, List<String>> environmentPaths = new TreeMap<>();
        if (options.services().isEmpty()) {
            boolean complete = problems.isEmpty();
            for (String env : envs) {
                List<OutputFile> own = environmentFiles(repo, env, results, engine, complete, problems);
                files.addAll(own);
                environmentPaths.put(env, own.stream().map(OutputFile::path).toList());
            }
        }
        problems.throwIfAny();
        Optional<RenderTrace> trace = options.trace()
                ? Optional.of(new RenderTrace(inParallel(threads, () -> (threads > 1 ? results.parallelStream() : results.stream())
                        .map(r -> unitTrace(repo, r)).toList()), environmentPaths))
                : Optional.empty();
        return new RenderResult(repo, files, scope(repo, options, envs, services), trace);
    }

    /** What the cache needs to know of a unit: the files it wrote and read, and its contribution. */
    private static RenderTrace.Unit unitTrace(Repo repo, UnitResult r) {
        Path root = repo.files().root();
        Set<String> reads = new TreeSet<>();
        boolean outside = false;
        for (Path p : r.reads()) {
            if (p.startsWith(root)) {
                reads.add(root.relativize(p).toString().replace('\\', '/'));
            } else {
                outside = true;
            }
        }
        String env = r.output().instance().env();
        return new RenderTrace.Unit(env, r.output().service(), r.files().stream().map(OutputFile::path).toList(), reads,
                outside, contribution(repo, env, r.output()));
    }

    /**
     * Files that describe a whole environment: its kustomization and its controller objects.
     * They are written only by renders that include every service of the environment (no
     * --service filter), since they depend on all of them.
     */
    private static List<OutputFile> environmentFiles(Repo repo, String env, List<UnitResult> results,
                                                     TemplateEngine engine, boolean complete, Problems problems) {
        List<ServiceOutput> services = results.stream().map(UnitResult::output)
                .filter(o -> o.instance().env().equals(env))
                .sorted(java.util.Comparator.comparing(ServiceOutput::service)).toList();
        List<String> dirs = new ArrayList<>();
        services.forEach(s -> dirs.addAll(FluxLayout.kustomizationDirs(repo.config().controller(), s.instance())));
        List<OutputFile> files = new ArrayList<>();
        files.add(OutputLayout.environmentFile(repo.config().renderedDir(), env, dirs));
        if (complete) { // controller objects are planned from every service of the environment
            files.addAll(ClusterFiles.files(repo, env, services, engine, problems));
        }
        return files;
    }

    /**
     * A digest of what one unit puts into its environment's files ({@link #environmentFiles}):
     * its directories in the environment's kustomization and the controller objects planned from
     * it alone. Those files gather per-service parts (Applications, Kustomizations, namespaces,
     * the kinds an AppProject allows) around parts of the environment's own, so while no unit's
     * part changes the whole does not either.
     */
    private static String contribution(Repo repo, String env, ServiceOutput output) {
        String text = String.join(",", FluxLayout.kustomizationDirs(repo.config().controller(), output.instance()))
                + "\n" + ClusterFiles.planText(repo, env, output);
        return OutputFile.digest(List.of(new OutputFile("contribution", text)));
    }

    private static Stream<UnitResult> renderUnit(Repo repo, InstanceRenderer renderer, Unit u, Problems problems) {
        Set<Path> reads = new HashSet<>();
        return ReadLog.recording(reads, () -> renderUnit(repo, renderer, u, problems, reads));
    }

    private static Stream<UnitResult> renderUnit(Repo repo, InstanceRenderer renderer, Unit u, Problems problems,
                                                 Set<Path> reads) {
        Problems own = new Problems();
        try {
            ServiceInstance instance = InstanceResolver.resolve(repo, u.service(), u.env(), own);
            if (own.isEmpty()) {
                List<ComponentObjects> objects = renderer.render(instance, own);
                if (own.isEmpty()) {
                    objects = OverlayStage.apply(repo.files(), instance, objects);
                    ObjectAnnotations.apply(repo.config().controller(), objects);
                    Set<String> split = FluxLayout.splitComponents(repo.config().controller(), instance);
                    List<OutputFile> files = OutputLayout.serviceFiles(repo.config().renderedDir(), instance, objects,
                            split, own);
                    return Stream.of(new UnitResult(new ServiceOutput(instance, objects).withoutNamespacedObjects(), files,
                            reads));
                }
            }
        } catch (ConfigException e) {
            own.addAll(e.diagnostics());
        } finally {
            problems.addAll(own.sorted());
        }
        return Stream.empty();
    }

    private record UnitResult(ServiceOutput output, List<OutputFile> files, Set<Path> reads) {
    }

    private static List<String> selectEnvironments(Repo repo, RenderOptions options) {
        List<String> all = repo.config().environments();
        for (String e : options.environments()) {
            if (!all.contains(e)) {
                throw new ConfigException(Location.of("deployer.yaml"), "unknown environment '" + e + "'",
                        DidYouMean.hint(e, all));
            }
        }
        return options.environments().isEmpty() ? all : all.stream().filter(options.environments()::contains).toList();
    }

    private static List<ServiceSource> selectServices(Repo repo, RenderOptions options) {
        List<String> names = repo.services().stream().map(ServiceSource::name).toList();
        for (String s : options.services()) {
            if (!names.contains(s)) {
                throw new ConfigException(Location.of(RepoLoader.SERVICES_DIR), "unknown service '" + s + "'",
                        names.isEmpty() ? "this repository has no services yet" : DidYouMean.hint(s, names));
            }
        }
        return options.services().isEmpty() ? repo.services()
                : repo.services().stream().filter(s -> options.services().contains(s.name())).toList();
    }

    /**
     * The output prefixes this render is authoritative for: everything, whole environments
     * (rendered and controller objects), or only the selected services' directories.
     */
    private static List<String> scope(Repo repo, RenderOptions options, List<String> envs, List<ServiceSource> services) {
        String rendered = repo.config().renderedDir();
        String clusters = repo.config().clustersDir();
        if (!options.filtered()) {
            return List.of(rendered + "/", clusters + "/");
        }
        List<String> scope = new ArrayList<>();
        for (String env : envs) {
            if (options.services().isEmpty()) {
                scope.add(rendered + "/" + env + "/");
                scope.add(clusters + "/" + env + "/");
                scope.add(ClusterFiles.rootFile(repo.config(), env));
            } else {
                services.forEach(s -> scope.add(OutputLayout.serviceDir(rendered, env, s.name()) + "/"));
            }
        }
        return scope;
    }

    private static <T> T inParallel(int n, java.util.concurrent.Callable<T> work) {
        if (n == 1) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        ForkJoinPool pool = new ForkJoinPool(n);
        try {
            return pool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private record Unit(ServiceSource service, String env) {
    }
}
