package dev.deployer.values;

import dev.deployer.diag.ConfigException;
import dev.deployer.kustomize.NameHash;
import dev.deployer.load.Fields;
import dev.deployer.yaml.YMap;
import dev.deployer.model.Workload.ConfigFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Binds {@code config:}: files of the service directory that become one ConfigMap, mounted in
 * the container. The ConfigMap's name carries kustomize's content hash.
 */
final class ConfigReader {

    private ConfigReader() {
    }

    static Optional<ConfigFiles> read(Fields f, String objectName, ComponentContext ctx) {
        if (!f.has("config")) {
            return Optional.empty();
        }
        Fields c = f.child("config", "config");
        List<String> files = c.strings("files");
        String mountPath = c.string("mountPath", "/etc/" + objectName);
        if (!mountPath.startsWith("/")) {
            c.error("mountPath", "mountPath '" + mountPath + "' must be an absolute path", "e.g. /etc/app");
        }
        if (files.isEmpty()) {
            c.error("files", "config lists no files", "add 'files: [config/app.yaml]' (paths relative to the service)");
        }
        Map<String, String> data = new TreeMap<>();
        for (String file : files) {
            try {
                Path p = ctx.files().resolveUnder(ctx.serviceDir(), file, c.valueLocation("files"));
                String key = p.getFileName().toString();
                if (data.containsKey(key)) {
                    c.error("files", "two config files are named '" + key + "'", "config file names must be unique");
                }
                data.put(key, ctx.files().read(p, c.valueLocation("files")));
            } catch (ConfigException e) {
                f.problems().addAll(e.diagnostics());
            }
        }
        c.end();
        String name = objectName + "-config-" + NameHash.suffix(hashInput(data));
        return Optional.of(new ConfigFiles(files, mountPath, name, data));
    }

    private static YMap hashInput(Map<String, String> data) {
        YMap d = new YMap();
        data.forEach(d::put);
        return new YMap().put("kind", "ConfigMap").put("data", d);
    }
}
