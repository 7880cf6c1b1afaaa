package dev.deployer.load;

import dev.deployer.diag.DidYouMean;
import dev.deployer.diag.Problems;
import dev.deployer.model.Controller;
import dev.deployer.model.RepoConfig;
import dev.deployer.yaml.YMap;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Binds {@code deployer.yaml}. */
final class RepoConfigReader {

    static final String FILE = "deployer.yaml";
    private static final List<String> DEFAULT_ENVIRONMENTS = List.of("dev", "stage", "prod");

    private RepoConfigReader() {
    }

    static RepoConfig read(YMap doc, Problems problems) {
        Fields f = new Fields(doc, FILE, problems);
        f.allow("apiVersion", "kind");
        Controller controller = controller(f);
        String repoUrl = f.requiredString("repoURL");
        String branch = f.string("branch", "main");
        List<String> environments = f.has("environments") ? f.strings("environments") : DEFAULT_ENVIRONMENTS;
        checkEnvironments(f, environments);
        Fields output = f.child("output", FILE + " output");
        String rendered = output.string("rendered", "rendered");
        String clusters = output.string("clusters", "clusters");
        output.end();
        checkOutputDir(f, rendered);
        checkOutputDir(f, clusters);
        String appRepo = f.string("appRepoURL", "");
        var argocd = ControllerSettingsReader.argocd(f, repoUrl);
        var flux = ControllerSettingsReader.flux(f, repoUrl);
        String schemas = f.string("schemas", "");
        boolean plainSecrets = f.bool("allowPlainSecrets", false);
        f.end();
        return new RepoConfig(controller, repoUrl, branch, environments, rendered, clusters, appRepo, argocd, flux,
                schemas, plainSecrets);
    }

    private static Controller controller(Fields f) {
        List<String> ids = Arrays.stream(Controller.values()).map(Controller::id).toList();
        String id = f.oneOf("controller", "argocd", ids);
        return Controller.byId(id).orElse(Controller.ARGOCD);
    }

    private static void checkEnvironments(Fields f, List<String> environments) {
        if (environments.isEmpty()) {
            f.error("environments", "'environments' must list at least one environment", "e.g. [dev, stage, prod]");
        }
        Set<String> seen = new HashSet<>();
        for (String env : environments) {
            if (!Names.isDnsLabel(env)) {
                f.error("environments", "environment name '" + env + "' is not a valid name",
                        "use lowercase letters, digits and '-' (at most 63 characters)");
            }
            if (!seen.add(env)) {
                f.error("environments", "environment '" + env + "' is listed twice", "list each environment once");
            }
        }
    }

    private static void checkOutputDir(Fields f, String dir) {
        String normalized = dir.replace('\\', '/');
        if (normalized.isBlank() || normalized.startsWith("/") || List.of(normalized.split("/")).contains("..")
                || Set.of(".", "services", "environments", "templates").contains(normalized)) {
            f.error("output", "output directory '" + dir + "' must be a dedicated folder inside the repository",
                    "use e.g. 'rendered' and 'clusters'");
        }
    }

    /** Used by messages elsewhere: "did you mean" over the configured environments. */
    static String unknownEnvironmentHint(String env, List<String> environments) {
        return DidYouMean.hint(env, environments);
    }
}
