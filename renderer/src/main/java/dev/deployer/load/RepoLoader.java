package dev.deployer.load;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.DidYouMean;
import dev.deployer.diag.Location;
import dev.deployer.diag.Problems;
import dev.deployer.model.Environment;
import dev.deployer.model.RepoConfig;
import dev.deployer.model.Stack;
import dev.deployer.yaml.Merge;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YamlParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Stage 1 of the pipeline: files into a {@link Repo}. Reads {@code deployer.yaml}, the
 * environment profiles, the stacks and every service directory (of either {@link Layout}),
 * reporting all problems of all files at once. Nothing is rendered here.
 */
public final class RepoLoader {

    public static final String SERVICES_DIR = Layout.SERVICES_DIR;
    public static final String ENVIRONMENTS_DIR = "environments";
    static final String SERVICE_FILE = "service.yaml";

    private RepoLoader() {
    }

    public static Repo load(Path root) {
        return load(root, name -> true);
    }

    /**
     * The repository with only the services {@code wanted} accepts (the render cache re-renders
     * a few services; parsing the others would cost more than rendering those). Problems of the
     * other services' files go unnoticed, so only a full load can say a repository is valid.
     */
    public static Repo load(Path root, java.util.function.Predicate<String> wanted) {
        RepoFiles files = new RepoFiles(root);
        if (!Files.isRegularFile(files.root().resolve(RepoConfigReader.FILE))) {
            throw new ConfigException(Location.of(RepoConfigReader.FILE),
                    "not a deployment repository: no deployer.yaml in " + files.root(),
                    "pass --repo DIR, or create one with 'deployer init DIR'");
        }
        Problems problems = new Problems();
        RepoConfig config = RepoConfigReader.read(parseMap(files, RepoConfigReader.FILE), problems);
        problems.throwIfAny();
        Map<String, YMap> profiles = profiles(files, config, problems);
        Map<String, Environment> environments = new LinkedHashMap<>();
        profiles.forEach((env, merged) -> problems.collect(() ->
                environments.put(env, EnvironmentReader.read(env, merged, config.environments(), problems))));
        List<Layout.StackDir> stackDirs = Layout.stacks(files.root(), problems);
        List<Stack> stacks = stacks(files, stackDirs, profiles, config, problems);
        List<Layout.ServiceDir> dirs = Layout.services(files.root(), stackDirs, problems);
        problems.throwIfAny();
        List<ServiceSource> services = services(files, dirs, config, wanted, problems);
        ServiceLinks.check(services, dirs.stream().map(Layout.ServiceDir::name).toList(), serviceFiles(dirs), problems);
        ControllerLimits.check(config, environments, stacks, services, problems);
        problems.throwIfAny();
        return new Repo(files, config, environments, stacks, services);
    }

    /** Each environment's profile as layered from the built-ins and the repository's own file, not yet read. */
    private static Map<String, YMap> profiles(RepoFiles files, RepoConfig config, Problems problems) {
        Map<String, YMap> out = new LinkedHashMap<>();
        YMap base = Builtins.baseProfile();
        for (String env : config.environments()) {
            String path = ENVIRONMENTS_DIR + "/" + env + ".yaml";
            if (Files.exists(files.root().resolve(ENVIRONMENTS_DIR + "/" + env + ".yml"))) {
                problems.add(Location.of(ENVIRONMENTS_DIR + "/" + env + ".yml"), "environment profiles are read from "
                        + path + ", so this file is ignored", "rename it to " + env + ".yaml");
            }
            var builtin = Builtins.profile(env);
            boolean own = Files.isRegularFile(files.root().resolve(path));
            if (builtin.isEmpty() && !own) {
                problems.add(Location.of(RepoConfigReader.FILE), "environment '" + env + "' has no profile",
                        "create " + path + " (built-in profiles exist for dev, stage and prod)");
                continue;
            }
            problems.collect(() -> out.put(env, Merge.layers(base, builtin.orElseGet(YMap::new),
                    own ? parseMap(files, path) : new YMap())));
        }
        return out;
    }

    private static List<Stack> stacks(RepoFiles files, List<Layout.StackDir> dirs, Map<String, YMap> profiles,
                                      RepoConfig config, Problems problems) {
        List<Stack> out = new ArrayList<>();
        for (Layout.StackDir d : dirs) {
            problems.collect(() -> out.add(StackReader.read(d.name(), d.file(), parseMap(files, d.file()), profiles,
                    config.environments(), problems)));
        }
        return out;
    }

    private static Map<String, String> serviceFiles(List<Layout.ServiceDir> dirs) {
        Map<String, String> out = new HashMap<>();
        dirs.forEach(d -> out.putIfAbsent(d.name(), d.relative() + "/" + SERVICE_FILE));
        return out;
    }

    private static List<ServiceSource> services(RepoFiles files, List<Layout.ServiceDir> dirs, RepoConfig config,
                                                java.util.function.Predicate<String> wanted, Problems problems) {
        return dirs.stream().filter(d -> wanted.test(d.name())).toList().parallelStream()
                .map(d -> {
                    try {
                        return service(files, d, config, problems);
                    } catch (ConfigException e) {
                        problems.addAll(e.diagnostics());
                        return null;
                    }
                })
                .filter(Objects::nonNull)
                .toList();
    }

    private static ServiceSource service(RepoFiles files, Layout.ServiceDir d, RepoConfig config, Problems problems) {
        Path dir = d.dir();
        String name = d.name();
        String rel = d.relative();
        files.boundary().check(dir, rel, Location.of(rel));
        if (!Names.isDnsLabel(name)) {
            problems.add(Location.of(rel), "service directory name '" + name + "' is not a valid name",
                    Names.DNS_LABEL_HINT);
        }
        if (!Files.isRegularFile(dir.resolve(SERVICE_FILE))) {
            throw new ConfigException(Location.of(rel), "service directory has no " + SERVICE_FILE,
                    "add " + rel + "/" + SERVICE_FILE + " or remove the directory");
        }
        YMap definition = parseMap(files, rel + "/" + SERVICE_FILE);
        Fields links = new Fields(definition, rel + "/" + SERVICE_FILE, problems);
        List<String> dependsOn = links.strings("dependsOn");
        List<String> owners = Owners.read(links);
        Map<String, YMap> values = new HashMap<>();
        Map<String, String> valuesFiles = new HashMap<>();
        for (String file : yamlFiles(dir)) {
            String env = file.substring(0, file.lastIndexOf('.'));
            String path = rel + "/" + file;
            if (file.equals(SERVICE_FILE)) {
                continue;
            }
            if (!config.environments().contains(env)) {
                problems.add(Location.of(path), "'" + file + "' is not a values file of a known environment",
                        DidYouMean.closest(env, config.environments()).map(s -> "did you mean '" + s + ".yaml'?")
                                .orElse("values files are named after the environments in deployer.yaml: "
                                        + String.join(", ", config.environments())));
                continue;
            }
            if (valuesFiles.containsKey(env)) {
                problems.add(Location.of(path), "two values files for '" + env + "': " + valuesFiles.get(env) + " and " + path,
                        "keep one of them");
                continue;
            }
            valuesFiles.put(env, path);
            problems.collect(() -> values.put(env, parseMap(files, path)));
        }
        return new ServiceSource(name, d.stack(), dir, definition, values, valuesFiles, dependsOn, owners);
    }

    private static List<String> yamlFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            List<String> out = new ArrayList<>();
            s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml")).sorted().forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a file that must hold one YAML map (an empty file is an empty map). */
    static YMap parseMap(RepoFiles files, String relative) {
        Path path = files.root().resolve(relative);
        String text = files.read(path, Location.of(relative));
        YNode node = YamlParser.parseOne(text, relative);
        if (!(node instanceof YMap m)) {
            throw new ConfigException(node.location(), relative + " must hold a map of fields, found " + node.describe(),
                    "write 'field: value' lines at the top level");
        }
        return m;
    }
}
