package dev.deployer.load;

import dev.deployer.diag.Problems;
import dev.deployer.model.Environment;
import dev.deployer.model.Environment.Approvers;
import dev.deployer.model.Environment.Cluster;
import dev.deployer.model.Environment.Promotion;
import dev.deployer.model.Environment.SyncPolicy;
import dev.deployer.yaml.YMap;
import java.util.Map;

/** Binds a merged environment profile (built-in base ◄ built-in named ◄ the repository's). */
final class EnvironmentReader {

    private EnvironmentReader() {
    }

    static Environment read(String name, YMap doc, java.util.List<String> order, Problems problems) {
        int index = order.indexOf(name);
        String previousEnv = index > 0 ? order.get(index - 1) : "";
        String what = "environment '" + name + "'";
        Fields f = new Fields(doc, what, problems);
        Fields cluster = f.child("cluster", what + " cluster");
        Cluster c = new Cluster(cluster.string("name", "in-cluster"),
                cluster.string("server", "https://kubernetes.default.svc"));
        cluster.end();
        String namespace = f.string("namespace", "{service}-{env}");
        checkNamespacePattern(f, namespace);
        String domain = f.string("domain", "");
        YMap defaults = f.map("defaults").orElseGet(YMap::new);
        SyncPolicy sync = sync(f.child("sync", what + " sync"));
        Promotion promotion = promotion(f.child("promotion", what + " promotion"), previousEnv, name, order);
        Map<String, String> labels = f.stringMap("labels");
        YMap vars = f.map("vars").orElseGet(YMap::new);
        f.end();
        return new Environment(name, c, namespace, domain, defaults, sync, promotion, labels, vars);
    }

    private static SyncPolicy sync(Fields f) {
        SyncPolicy s = new SyncPolicy(f.bool("automated", false), f.bool("prune", true), f.bool("selfHeal", false));
        f.end();
        return s;
    }

    private static Promotion promotion(Fields f, String previousEnv, String env, java.util.List<String> order) {
        Fields approvers = f.child("approvers", "promotion approvers");
        Approvers a = new Approvers(approvers.strings("users"), approvers.strings("teams"));
        approvers.end();
        String from = f.string("from", previousEnv);
        if (!from.isEmpty() && (order.indexOf(from) < 0 || order.indexOf(from) >= order.indexOf(env))) {
            f.error("from", "environment '" + env + "' promotes from '" + from + "', which is not an earlier environment",
                    "set promotion.from to one of the environments before '" + env + "' in deployer.yaml");
        }
        Promotion p = new Promotion(from, f.bool("auto", false), f.bool("autoMerge", false),
                f.bool("direct", false), a, f.strings("labels"));
        f.end();
        return p;
    }

    private static void checkNamespacePattern(Fields f, String pattern) {
        String probe = pattern.replace("{service}", "svc").replace("{env}", "env");
        if (!Names.isDnsLabel(probe)) {
            f.error("namespace", "namespace pattern '" + pattern + "' does not give a valid namespace name",
                    "use lowercase letters, digits, '-' and the placeholders {service} and {env}");
        }
    }
}
