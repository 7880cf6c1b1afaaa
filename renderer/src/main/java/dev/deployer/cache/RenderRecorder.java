package dev.deployer.cache;

import dev.deployer.load.Repo;
import dev.deployer.output.OutputFile;
import dev.deployer.render.ObjectClaim;
import dev.deployer.render.RenderObserver;
import dev.deployer.render.RenderedUnit;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Watches a render for the cache: for each unit, the files it wrote, the repository files it read
 * (relative, '/' separators), its {@link Contribution} and the objects it rendered, worked out on the unit's own thread;
 * for each environment, its own files. {@link #trace()} puts them in a fixed order.
 */
public final class RenderRecorder implements RenderObserver {

    private final Map<String, RenderTrace.Unit> units = new ConcurrentHashMap<>();
    private final Map<String, List<String>> environments = new ConcurrentHashMap<>();
    private volatile List<String> environmentOrder = List.of();

    @Override
    public void unitRendered(Repo repo, RenderedUnit unit) {
        environmentOrder = repo.config().environments();
        Path root = repo.files().root();
        Set<String> reads = new TreeSet<>();
        boolean outside = false;
        for (Path p : unit.reads()) {
            if (p.startsWith(root)) {
                reads.add(root.relativize(p).toString().replace('\\', '/'));
            } else {
                outside = true;
            }
        }
        units.put(unit.env() + "/" + unit.service(), new RenderTrace.Unit(unit.env(), unit.service(),
                unit.files().stream().map(OutputFile::path).toList(), reads, outside,
                Contribution.of(repo, unit.env(), unit.output()),
                unit.claims().stream().map(ObjectClaim::object).collect(Collectors.toSet())));
    }

    @Override
    public void environmentRendered(String env, List<String> paths) {
        environments.put(env, List.copyOf(paths));
    }

    /** What was recorded: units in (environment, service) order. */
    public RenderTrace trace() {
        List<String> order = environmentOrder;
        List<RenderTrace.Unit> sorted = units.values().stream()
                .sorted(Comparator.comparingInt((RenderTrace.Unit u) -> order.indexOf(u.env()))
                        .thenComparing(RenderTrace.Unit::service))
                .toList();
        return new RenderTrace(sorted, new TreeMap<>(environments));
    }
}
