package dev.deployer.init;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import dev.deployer.diag.Location;
import dev.deployer.load.Builtins;
import dev.deployer.load.Names;
import dev.deployer.model.Controller;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code deployer init}: a new deployment repository with dev, stage and prod and one service,
 * ready to render. Refuses to touch a directory that already holds a deployer.yaml.
 */
public final class Scaffold {

    private static final String RESOURCES = "deployer/init/";

    private Scaffold() {
    }

    /** Creates the files and returns their paths relative to {@code dir}. */
    public static List<String> create(Path dir, String service, Controller controller, String repoUrl) {
        if (!Names.isDnsLabel(service)) {
            throw new ConfigException(Location.of("--service"), "'" + service + "' is not a valid service name",
                    Names.DNS_LABEL_HINT);
        }
        if (Files.exists(dir.resolve("deployer.yaml"))) {
            throw new DeployerException(ExitCode.USAGE, dir + " already has a deployer.yaml; not overwriting it");
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put("deployer.yaml", text("deployer.yaml", service, "", controller, repoUrl));
        for (String env : List.of("dev", "stage", "prod")) {
            files.put("environments/" + env + ".yaml", text("env-" + env + ".yaml", service, env, controller, repoUrl));
        }
        files.put("services/" + service + "/service.yaml", text("service.yaml", service, "", controller, repoUrl));
        for (String env : List.of("dev", "stage", "prod")) {
            files.put("services/" + service + "/" + env + ".yaml", text("values.yaml", service, env, controller, repoUrl));
        }
        files.put(".gitattributes", text("gitattributes", service, "", controller, repoUrl));
        List<String> written = new ArrayList<>();
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path target = dir.resolve(f.getKey());
                if (Files.exists(target)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
                written.add(f.getKey());
            }
        } catch (IOException e) {
            throw new DeployerException(ExitCode.INTERNAL, "cannot create the repository in " + dir + ": " + e.getMessage(), e);
        }
        return written;
    }

    private static String text(String name, String service, String env, Controller controller, String repoUrl) {
        String t = Builtins.resource(RESOURCES + name).orElseThrow(() -> new IllegalStateException("missing " + name));
        return t.replace("{{service}}", service).replace("{{env}}", env).replace("{{controller}}", controller.id())
                .replace("{{repoURL}}", repoUrl);
    }
}
