package dev.deployer.load;

import dev.deployer.diag.Problems;
import dev.deployer.model.Environment;
import dev.deployer.model.Environment.Approvers;
import dev.deployer.model.Environment.Cluster;
import dev.deployer.model.Environment.Promotion;
import dev.deployer.model.Environment.Retry;
import dev.deployer.model.Environment.SyncPolicy;
import dev.deployer.yaml.YMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Binds a merged environment profile (built-in base ◄ built-in named ◄ the repository's). */
final class EnvironmentReader {

    private static final Pattern SYNC_OPTION = Pattern.compile("[A-Za-z]+=[^=\\s]+");

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
        List<String> options = f.strings("syncOptions");
        for (String option : options) {
            if (!SYNC_OPTION.matcher(option).matches()) {
                f.error("syncOptions", "sync option '" + option + "' is not of the form Name=value",
                        "e.g. ServerSideApply=true (see Argo CD's sync options)");
            }
        }
        SyncPolicy s = new SyncPolicy(f.bool("automated", false), f.bool("prune", true), f.bool("selfHeal", false),
                options, retry(f.child("retry", "sync.retry")));
        f.end();
        return s;
    }

    private static Retry retry(Fields f) {
        int limit = f.integer("limit", 5);
        Fields backoff = f.child("backoff", "sync.retry.backoff");
        Retry r = new Retry(limit, ControllerSettingsReader.duration(backoff, "duration", "5s"),
                backoff.integer("factor", 2), ControllerSettingsReader.duration(backoff, "maxDuration", "3m"));
        if (limit < 0 || r.factor() < 1) {
            f.error(limit < 0 ? "limit" : "backoff", "sync.retry needs limit >= 0 and backoff.factor >= 1", "");
        }
        backoff.end();
        f.end();
        return r;
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
                f.bool("direct", false), a, f.strings("labels"), GatesReader.read(f, env, from));
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
