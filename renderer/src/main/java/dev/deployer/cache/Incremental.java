package dev.deployer.cache;

import dev.deployer.cache.RenderCache.Answer;
import dev.deployer.diag.DeployerException;
import dev.deployer.load.RepoLoader;
import dev.deployer.output.Change;
import dev.deployer.output.OutputFile;
import dev.deployer.render.RenderOptions;
import dev.deployer.render.RenderResult;
import dev.deployer.render.Renderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The cache's answer when something changed: which services' units a change can reach, their
 * units rendered again, and the changes a full render would make, computed from those units and
 * the recorded hashes of everything else.
 *
 * <p>A unit depends on its own service's directory (of the files there that belong to one
 * environment, its values file and overlay, and any other it read), and on every tree it read
 * outside it (another service's directory, or a top-level folder or file such as
 * {@code shared/}); a whole tree, not only the files read, because a new file next to them can
 * change what a kustomization or an include finds. deployer.yaml, environments/ and templates/ reach every unit and every
 * environment file, a stack's stack.yaml every unit of its stack: they take the full path. An environment's own files (its kustomization and
 * controller objects) are recomputed only through the full path too; they stand while every unit
 * rendered again keeps its contribution to them and its environments.
 */
final class Incremental {

    private static final Set<String> GLOBAL_DIRS = Set.of("environments", "templates");
    private static final String GLOBAL_FILE = "deployer.yaml";
    private static final String SERVICES = "services";
    private static final String STACKS = "stacks";
    private static final String OVERLAYS = "overlays/";

    private Incremental() {
    }

    static Answer check(Path root, RenderIndex index, Map<String, FileStamp> inputs, Map<String, FileStamp> outputs,
                        int threads) {
        if (index.trace().isEmpty()) {
            return Answer.of(new CacheCheck.Unknown("the last render recorded no units"));
        }
        RenderTrace trace = index.trace().get();
        Set<String> envs = trace.environments().keySet();
        Set<String> changedTrees = new TreeSet<>();
        Set<String> dirty = new TreeSet<>();
        Set<String> changedPaths = changed(inputs, index.inputs());
        for (String path : changedPaths) {
            if (path.equals(GLOBAL_FILE) || GLOBAL_DIRS.contains(tree(path))) {
                return Answer.of(new CacheCheck.Unknown(path + " changed, which every unit reads"));
            }
            if (isStackFile(path)) {
                return Answer.of(new CacheCheck.Unknown(path + " changed, which every unit of its stack reads"));
            }
            changedTrees.add(tree(path));
            if (serviceOfTree(tree(path)).isPresent()) {
                dirty.addAll(unitsOf(path, envs)); // even units not rendered before: a values file may be new
            }
        }
        for (RenderTrace.Unit u : trace.units()) {
            Set<String> trees = trees(u);
            boolean unwatched = u.readsOutside() || trees.contains(".git") || trees.stream().anyMatch(index.outputDirs()::contains);
            if (unwatched || !java.util.Collections.disjoint(trees, changedTrees)
                    || !java.util.Collections.disjoint(u.reads(), changedPaths)) {
                dirty.add(key(u));
            }
        }
        Map<String, String> owners = owners(trace);
        for (Map.Entry<String, FileStamp> recorded : index.outputs().entrySet()) {
            FileStamp now = outputs.get(recorded.getKey());
            if (now == null || !now.hash().equals(recorded.getValue().hash())) {
                String owner = owners.get(recorded.getKey());
                if (owner == null || owner.isEmpty()) {
                    return Answer.of(new CacheCheck.Unknown(recorded.getKey() + " changed, an environment-wide file"));
                }
                dirty.add(owner);
            }
        }
        try {
            return compare(root, index, trace, inputs, outputs, dirty, threads);
        } catch (DeployerException e) {
            // a broken definition: the full path reports every problem with its location
            return Answer.of(new CacheCheck.Unknown("rendering the changed services failed"));
        }
    }

    /**
     * The units (env/service keys) a changed file of a service's directory reaches: its
     * environment's values file or overlay reaches that environment's unit, anything else (the
     * definition, raw manifests, config files) every environment's.
     */
    static Set<String> unitsOf(String path, Set<String> envs) {
        String tree = tree(path);
        String service = serviceOfTree(tree).orElseThrow();
        String rest = path.substring(tree.length() + 1);
        for (String env : envs) {
            if (rest.equals(env + ".yaml") || rest.equals(env + ".yml") || rest.startsWith(OVERLAYS + env + "/")) {
                return Set.of(env + "/" + service);
            }
        }
        Set<String> out = new TreeSet<>();
        envs.forEach(env -> out.add(env + "/" + service));
        return out;
    }

    private static Answer compare(Path root, RenderIndex index, RenderTrace trace, Map<String, FileStamp> inputs,
                                  Map<String, FileStamp> outputs, Set<String> dirty, int threads) {
        Map<String, OutputFile> fresh = new TreeMap<>();
        List<RenderTrace.Unit> units = new ArrayList<>();
        if (!dirty.isEmpty()) {
            Set<String> services = new TreeSet<>();
            Set<String> envs = new TreeSet<>();
            dirty.forEach(k -> {
                envs.add(k.substring(0, k.indexOf('/')));
                services.add(k.substring(k.indexOf('/') + 1));
            });
            RenderRecorder recorder = new RenderRecorder();
            RenderResult again = Renderer.render(RepoLoader.load(root, services::contains),
                    new RenderOptions(List.copyOf(envs), List.copyOf(services), threads), recorder);
            RenderTrace newTrace = recorder.trace();
            newTrace.units().forEach(u -> dirty.add(key(u)));
            Optional<String> why = sameShape(trace, newTrace, dirty)
                    .or(() -> claimedElsewhere(trace, newTrace, dirty));
            if (why.isPresent()) {
                return Answer.of(new CacheCheck.Unknown(why.get()));
            }
            again.files().forEach(f -> fresh.put(f.path(), f));
            newTrace.units().forEach(u -> units.add(relevant(u, trace.environments().keySet())));
        }
        Map<String, String> owners = owners(trace);
        Set<String> expected = new TreeSet<>(fresh.keySet());
        for (String path : index.outputs().keySet()) {
            String owner = owners.get(path);
            if (owner == null || !dirty.contains(owner)) {
                expected.add(path);
            }
        }
        List<Change> changes = new ArrayList<>();
        for (OutputFile f : fresh.values()) {
            String owner = owners.get(f.path());
            if (owner != null && !dirty.contains(owner)) {
                return Answer.of(new CacheCheck.Unknown(f.path() + " moved to another service or environment"));
            }
            FileStamp now = outputs.get(f.path());
            if (now == null) {
                changes.add(new Change(Change.Kind.ADD, f.path(), null, f.content()));
            } else if (!now.hash().equals(Fingerprints.hash(f.content()))) {
                String before = text(root.resolve(f.path()));
                if (!OutputFile.isGenerated(before)) {
                    return Answer.of(new CacheCheck.Unknown(f.path() + " was not generated by deployer"));
                }
                changes.add(new Change(Change.Kind.MODIFY, f.path(), before, f.content()));
            }
        }
        for (String path : outputs.keySet()) {
            if (!expected.contains(path)) {
                String before = text(root.resolve(path));
                if (OutputFile.isGenerated(before)) {
                    changes.add(new Change(Change.Kind.DELETE, path, before, null));
                }
            }
        }
        changes.sort((a, b) -> a.path().compareTo(b.path()));
        if (!changes.isEmpty()) {
            return Answer.of(new CacheCheck.Stale(changes, expected.size(), units.size()));
        }
        Map<String, FileStamp> own = new TreeMap<>(outputs);
        own.keySet().retainAll(expected);
        return new Answer(new CacheCheck.UpToDate(expected.size(), units.size()), Optional.of(index.withStamps(
                System.currentTimeMillis(), inputs, own, Optional.of(merge(trace, units)))));
    }

    /** Why the units rendered again cannot stand in for the recorded ones, if they cannot. */
    private static Optional<String> sameShape(RenderTrace recorded, RenderTrace again, Set<String> dirty) {
        Map<String, String> before = new TreeMap<>();
        recorded.units().stream().filter(u -> dirty.contains(key(u))).forEach(u -> before.put(key(u), u.contribution()));
        Map<String, String> after = new TreeMap<>();
        again.units().forEach(u -> after.put(key(u), u.contribution()));
        if (!before.keySet().equals(after.keySet())) {
            return Optional.of("a service was added to or removed from an environment");
        }
        return before.equals(after) ? Optional.empty()
                : Optional.of("a service's part of its environment's files changed");
    }

    /**
     * Whether a unit rendered again now renders an object that a unit not rendered again renders
     * too: the render refuses two owners of one object, and only the full path sees both sources.
     */
    private static Optional<String> claimedElsewhere(RenderTrace recorded, RenderTrace again, Set<String> dirty) {
        Map<String, String> owners = new HashMap<>();
        recorded.units().stream().filter(u -> !dirty.contains(key(u)))
                .forEach(u -> u.objects().forEach(o -> owners.put(u.env() + "\u0000" + o, key(u))));
        for (RenderTrace.Unit u : again.units()) {
            for (String o : u.objects()) {
                String other = owners.get(u.env() + "\u0000" + o);
                if (other != null) {
                    return Optional.of(o + " of " + key(u) + " is rendered by " + other + " too");
                }
            }
        }
        return Optional.empty();
    }

    /** The recorded trace with the units rendered again in their place. */
    private static RenderTrace merge(RenderTrace recorded, List<RenderTrace.Unit> again) {
        Map<String, RenderTrace.Unit> byKey = new HashMap<>();
        again.forEach(u -> byKey.put(key(u), u));
        List<RenderTrace.Unit> ordered = new ArrayList<>();
        for (RenderTrace.Unit u : recorded.units()) {
            ordered.add(byKey.getOrDefault(key(u), u));
        }
        return new RenderTrace(ordered, recorded.environments());
    }

    /**
     * A unit's trace with only the reads that matter to the cache, which keeps the index small:
     * not deployer.yaml, environments/ and templates/ (a change there takes the full path anyway),
     * nor the files of its own service that {@link #unitsOf} already maps to it.
     */
    static RenderTrace.Unit relevant(RenderTrace.Unit u, Set<String> envs) {
        Set<String> reads = new TreeSet<>();
        for (String r : u.reads()) {
            String tree = tree(r);
            boolean own = serviceOfTree(tree).filter(u.service()::equals).isPresent();
            if (r.equals(GLOBAL_FILE) || GLOBAL_DIRS.contains(tree) || own && unitsOf(r, envs).contains(key(u))) {
                continue;
            }
            reads.add(r);
        }
        return new RenderTrace.Unit(u.env(), u.service(), u.files(), reads, u.readsOutside(), u.contribution(),
                u.objects());
    }

    static String key(RenderTrace.Unit u) {
        return u.env() + "/" + u.service();
    }

    /** Output path to the unit (env/service) that wrote it; "" for an environment's own files. */
    private static Map<String, String> owners(RenderTrace trace) {
        Map<String, String> out = new HashMap<>();
        trace.units().forEach(u -> u.files().forEach(f -> out.put(f, key(u))));
        trace.environments().values().forEach(files -> files.forEach(f -> out.put(f, "")));
        return out;
    }

    /** The trees a unit depends on besides its own service's directory (which {@link #unitsOf} handles). */
    private static Set<String> trees(RenderTrace.Unit u) {
        Set<String> out = new TreeSet<>();
        u.reads().forEach(r -> out.add(tree(r)));
        out.removeIf(t -> serviceOfTree(t).filter(u.service()::equals).isPresent());
        return out;
    }

    /**
     * A service's directory for its files ({@code services/<name>} or
     * {@code stacks/<stack>/services/<name>}), else the top-level entry the path is in.
     */
    static String tree(String path) {
        String[] parts = path.split("/", 5);
        if (parts[0].equals(SERVICES) && parts.length > 2) {
            return SERVICES + "/" + parts[1];
        }
        if (parts[0].equals(STACKS) && parts.length > 4 && parts[2].equals(SERVICES)) {
            return String.join("/", parts[0], parts[1], parts[2], parts[3]);
        }
        return parts[0];
    }

    /** The service whose directory {@code tree} is, if it is one. */
    static Optional<String> serviceOfTree(String tree) {
        String[] parts = tree.split("/");
        boolean service = parts.length == 2 && parts[0].equals(SERVICES)
                || parts.length == 4 && parts[0].equals(STACKS) && parts[2].equals(SERVICES);
        return service ? Optional.of(parts[parts.length - 1]) : Optional.empty();
    }

    /** {@code stacks/<stack>/stack.yaml}: a layer of every profile its services see. */
    private static boolean isStackFile(String path) {
        String[] parts = path.split("/");
        return parts.length == 3 && parts[0].equals(STACKS) && parts[2].equals("stack.yaml");
    }

    /** Paths added, removed or with another hash. */
    private static Set<String> changed(Map<String, FileStamp> now, Map<String, FileStamp> before) {
        Set<String> out = new TreeSet<>();
        now.forEach((path, stamp) -> {
            FileStamp old = before.get(path);
            if (old == null || !old.hash().equals(stamp.hash())) {
                out.add(path);
            }
        });
        before.keySet().stream().filter(p -> !now.containsKey(p)).forEach(out::add);
        return out;
    }

    private static String text(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
