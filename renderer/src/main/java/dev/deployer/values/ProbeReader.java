package dev.deployer.values;

import dev.deployer.load.Fields;
import dev.deployer.model.Workload.Probe;
import dev.deployer.model.Workload.Probes;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.List;
import java.util.Optional;

/**
 * Binds {@code probes:}. Each probe is an HTTP path ({@code liveness: /healthz}), or a map with
 * {@code path} or {@code command} plus timing fields.
 */
final class ProbeReader {

    private ProbeReader() {
    }

    static Probes read(Fields f, int port) {
        if (!f.has("probes")) {
            return Probes.none();
        }
        Fields p = f.child("probes", "probes");
        Probes probes = new Probes(probe(p, "liveness", port), probe(p, "readiness", port), probe(p, "startup", port));
        p.end();
        return probes;
    }

    private static Probe probe(Fields p, String key, int port) {
        Optional<YNode> node = p.raw(key);
        if (node.isEmpty()) {
            return Probe.NONE;
        }
        if (node.get() instanceof YScalar s && s.isString()) {
            checkHttp(p, key, s.value(), port);
            return new Probe(s.value(), List.of(), 0, 0, 0);
        }
        if (!(node.get() instanceof YMap m)) {
            p.error(key, "probe '" + key + "' must be a path or a map", "e.g. '" + key + ": /healthz'");
            return Probe.NONE;
        }
        Fields f = new Fields(m, "probe '" + key + "'", p.problems());
        String path = f.string("path", "");
        List<String> command = f.strings("command");
        if (path.isEmpty() == command.isEmpty()) {
            f.error("path", "probe '" + key + "' needs exactly one of 'path' and 'command'", "");
        }
        if (!path.isEmpty()) {
            checkHttp(f, "path", path, port);
        }
        Probe probe = new Probe(path, command, f.integer("initialDelaySeconds", 0), f.integer("periodSeconds", 0),
                f.integer("failureThreshold", 0));
        f.end();
        return probe;
    }

    private static void checkHttp(Fields f, String key, String path, int port) {
        if (!path.startsWith("/")) {
            f.error(key, "probe path '" + path + "' must start with '/'", "e.g. /healthz");
        }
        if (port == 0) {
            f.error(key, "an HTTP probe needs the component's 'port'", "set 'port:' or use a command probe");
        }
    }
}
