package dev.deployer.init;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import dev.deployer.diag.Location;
import dev.deployer.load.Builtins;
import dev.deployer.load.Layout;
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
        return create(dir, service, "", controller, repoUrl);
    }

    /** As above; with a {@code stack} (not "") the service is the first of that stack, under stacks/. */
    public static List<String> create(Path dir, String service, String stack, Controller controller, String repoUrl) {
        checkName(service, "--service", "service");
        if (Files.exists(dir.resolve("deployer.yaml"))) {
            throw new DeployerException(ExitCode.USAGE, dir + " already has a deployer.yaml; not overwriting it");
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put("deployer.yaml", text("deployer.yaml", service, "", controller, repoUrl));
        for (String env : List.of("dev", "stage", "prod")) {
            files.put("environments/" + env + ".yaml", text("env-" + env + ".yaml", service, env, controller, repoUrl));
        }
        if (!stack.isEmpty()) {
            checkName(stack, "--stack", "stack");
            files.put(Layout.STACKS_DIR + "/" + stack + "/stack.yaml", text("stack.yaml", service, "", controller, repoUrl)
                    .replace("{{stack}}", stack));
        }
        files.putAll(service(stack, service, controller, repoUrl));
        files.put(".gitattributes", text("gitattributes", service, "", controller, repoUrl));
        return write(dir, files);
    }

    /**
     * {@code deployer stack init}: a stack in an existing repository, with a first service when
     * {@code service} is not "". A repository whose services are in services/ is refused (one
     * layout per repository).
     */
    public static List<String> stack(Path dir, String stack, String service) {
        checkName(stack, "NAME", "stack");
        if (!Files.exists(dir.resolve("deployer.yaml"))) {
            throw new DeployerException(ExitCode.INVALID_CONFIG, dir + " is not a deployment repository (no deployer.yaml);"
                    + " start one with 'deployer init --stack " + stack + "'");
        }
        if (Files.isDirectory(dir.resolve(Layout.SERVICES_DIR))) {
            throw new ConfigException(Location.of(Layout.SERVICES_DIR), "this repository keeps its services in services/;"
                    + " a repository uses one layout", "move each service to stacks/<stack>/services/<service>/ first"
                    + " (git mv), then run 'deployer stack init " + stack + "' again");
        }
        if (Files.exists(dir.resolve(Layout.STACKS_DIR + "/" + stack + "/stack.yaml"))) {
            throw new DeployerException(ExitCode.USAGE, "stack '" + stack + "' already exists (" + Layout.STACKS_DIR + "/"
                    + stack + "/stack.yaml); not overwriting it");
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put(Layout.STACKS_DIR + "/" + stack + "/stack.yaml",
                text("stack.yaml", service, "", Controller.ARGOCD, "").replace("{{stack}}", stack));
        if (!service.isEmpty()) {
            checkName(service, "--service", "service");
            files.putAll(service(stack, service, Controller.ARGOCD, ""));
        }
        return write(dir, files);
    }

    private static Map<String, String> service(String stack, String service, Controller controller, String repoUrl) {
        Map<String, String> files = new LinkedHashMap<>();
        String dir = Layout.serviceDir(stack, service) + "/";
        files.put(dir + "service.yaml", text("service.yaml", service, "", controller, repoUrl));
        for (String env : List.of("dev", "stage", "prod")) {
            files.put(dir + env + ".yaml", text("values.yaml", service, env, controller, repoUrl));
        }
        return files;
    }

    private static void checkName(String name, String option, String what) {
        if (!Names.isDnsLabel(name)) {
            throw new ConfigException(Location.of(option), "'" + name + "' is not a valid " + what + " name",
                    Names.DNS_LABEL_HINT);
        }
    }

    private static List<String> write(Path dir, Map<String, String> files) {
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
