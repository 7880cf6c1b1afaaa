package dev.deployer.render;

import dev.deployer.controller.FluxLayout;
import dev.deployer.controller.ServiceOutput;
import dev.deployer.diag.ConfigException;
import dev.deployer.diag.DidYouMean;
import dev.deployer.diag.Location;
import dev.deployer.diag.Problems;
import dev.deployer.load.Repo;
import dev.deployer.load.RepoLoader;
import dev.deployer.load.ServiceSource;
import dev.deployer.output.OutputFile;
import dev.deployer.parallel.Workers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The render pipeline's facade: load the repository, then render every (service, environment)
 * unit through {@link UnitPipeline}, in parallel; then, per environment, its kustomization and
 * the controller objects of clusters/. Nothing is written here; the result goes to
 * {@link dev.deployer.output.OutputPlan}. The output is the same bytes whatever the thread count,
 * because every unit is independent and the files are sorted. A {@link RenderObserver} can watch
 * which unit wrote and read what.
 */
public final class Renderer {

    private Renderer() {
    }

    public static RenderResult render(Path root, RenderOptions options) {
        return render(RepoLoader.load(root), options);
    }

    public static RenderResult render(Repo repo, RenderOptions options) {
        return render(repo, options, RenderObserver.NONE);
    }

    /** With {@code observer} told of the units as they are rendered. */
    public static RenderResult render(Path root, RenderOptions options, RenderObserver observer) {
        return render(RepoLoader.load(root), options, observer);
    }

    public static RenderResult render(Repo repo, RenderOptions options, RenderObserver observer) {
        List<String> envs = selectEnvironments(repo, options);
        List<ServiceSource> services = selectServices(repo, options);
        RenderContext context = RenderContext.of(repo);
        List<UnitWork> units = new ArrayList<>();
        for (String env : envs) {
            for (ServiceSource s : services) {
                if (s.deployedTo(env)) {
                    units.add(new UnitWork(context, s, env));
                }
            }
        }
        Problems problems = new Problems();
        Workers workers = Workers.of(options.threads());
        observer.started(units.size());
        List<RenderedUnit> results = workers.map(units, u -> renderUnit(repo, u, problems, observer)).stream()
                .flatMap(Optional::stream).toList();
        Ownership.check(results.stream().flatMap(r -> r.claims().stream()).toList(), problems);
        List<OutputFile> files = new ArrayList<>();
        results.forEach(r -> files.addAll(r.files()));
        if (!options.selectsServices()) {
            boolean complete = problems.isEmpty();
            for (String env : envs) {
                List<OutputFile> own = environmentFiles(context, env, results, complete, problems, workers);
                files.addAll(own);
                observer.environmentRendered(env, own.stream().map(OutputFile::path).toList());
            }
        }
        problems.throwIfAny();
        return new RenderResult(repo, files, scope(repo, options, envs, services));
    }

    private static Optional<RenderedUnit> renderUnit(Repo repo, UnitWork unit, Problems problems,
                                                     RenderObserver observer) {
        Optional<RenderedUnit> result = UnitPipeline.run(unit);
        problems.addAll(unit.problems().sorted());
        result.ifPresent(r -> observer.unitRendered(repo, r));
        observer.unitDone();
        return result;
    }

    /**
     * Files that describe a whole environment: its kustomization and its controller objects.
     * They are written only by renders that include every service of the environment (no
     * --service filter), since they depend on all of them.
     */
    private static List<OutputFile> environmentFiles(RenderContext context, String env, List<RenderedUnit> results,
                                                     boolean complete, Problems problems, Workers workers) {
        Repo repo = context.repo();
        List<ServiceOutput> services = results.stream().filter(r -> r.env().equals(env)).map(RenderedUnit::output)
                .sorted(java.util.Comparator.comparing(ServiceOutput::service)).toList();
        List<String> dirs = new ArrayList<>();
        services.forEach(s -> dirs.addAll(FluxLayout.kustomizationDirs(repo.config().controller(), s.instance())));
        List<OutputFile> files = new ArrayList<>();
        files.add(OutputLayout.environmentFile(repo.config().renderedDir(), env, dirs));
        if (complete) { // controller objects are planned from every service of the environment
            files.addAll(ClusterFiles.files(repo, env, services, context.engine(), problems, workers));
        }
        return files;
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
        List<ServiceSource> selected = StackSelection.services(repo, options.stacks(), options.services());
        return options.selectsServices() ? selected : repo.services();
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
            if (!options.selectsServices()) {
                scope.add(rendered + "/" + env + "/");
                scope.add(clusters + "/" + env + "/");
                scope.add(ClusterFiles.rootFile(repo.config(), env));
            } else {
                services.forEach(s -> scope.add(OutputLayout.serviceDir(rendered, env, s.name()) + "/"));
            }
        }
        return scope;
    }
}
