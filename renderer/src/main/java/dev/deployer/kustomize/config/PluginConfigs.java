package dev.deployer.kustomize.config;

import java.util.Set;

/** The smaller builtin plugin configs that have no kustomization field of their own. */
final class PluginConfigs {

    private PluginConfigs() {
    }

    /** IAMPolicyGenerator: {@code cloud: gke}, {@code kubernetesService} and {@code serviceAccount}. */
    static PluginSpec iamPolicy(Fields f) {
        f.allowOnly(BuiltinPlugins.keys("cloud", "kubernetesService", "serviceAccount"));
        Fields service = sub(f, "kubernetesService");
        service.allowOnly(Set.of("name", "namespace"));
        Fields account = sub(f, "serviceAccount");
        account.allowOnly(Set.of("name", "projectId"));
        if (!f.string("cloud").equals("gke")) {
            f.problem(f.at("cloud"), "cloud provider " + f.string("cloud") + " not supported yet",
                    "IAMPolicyGenerator knows cloud: gke");
        }
        return new PluginSpec.IamPolicy(f.string("cloud"), service.string("name"), service.string("namespace"),
                account.string("name"), account.string("projectId"));
    }

    private static Fields sub(Fields f, String key) {
        Fields sub = f.sub(key, key);
        return sub != null ? sub : Fields.of(new dev.deployer.yaml.YMap(f.location()), key, f.problems());
    }
}
