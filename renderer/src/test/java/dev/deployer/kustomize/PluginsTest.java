package dev.deployer.kustomize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.kustomize.config.UnsupportedFeature;
import org.junit.jupiter.api.Test;

/** transformers: and generators: with kustomize's builtin plugin configs; other plugins are refused. */
class PluginsTest {

    private static final String MAP = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: m\n";

    @Test
    void inlineConfigsRunBeforeFilesAndUseTheirOwnFieldSpecs() {
        KustTree tree = KustTree.of("kustomization.yaml", "resources:\n- m.yaml\ntransformers:\n- suffix.yaml\n"
                + "- |-\n  apiVersion: builtin\n  kind: PrefixTransformer\n  metadata:\n    name: p\n  prefix: a-\n"
                + "  fieldSpecs:\n  - path: metadata/name\n", "m.yaml", MAP,
                "suffix.yaml", "apiVersion: builtin\nkind: LabelTransformer\nmetadata:\n  name: l\nlabels:\n  x: z\n"
                        + "fieldSpecs:\n- path: data/labels\n  create: true\n");
        assertEquals("""
                apiVersion: v1
                data:
                  labels:
                    x: z
                kind: ConfigMap
                metadata:
                  name: a-m
                """, tree.build(""));
    }

    @Test
    void pluginConfigsMayComeFromAKustomizationAndAreRecorded() {
        KustTree tree = KustTree.of("app/kustomization.yaml", "resources:\n- m.yaml\ntransformers:\n- ../configs\n"
                + "buildMetadata: [transformerAnnotations]\n", "app/m.yaml", MAP,
                "configs/kustomization.yaml", "resources:\n- ns.yaml\nnamePrefix: team-\n",
                "configs/ns.yaml", "apiVersion: builtin\nkind: NamespaceTransformer\nmetadata:\n  name: ns\n"
                        + "  namespace: shop\nunsetOnly: true\n");
        String out = tree.build("app");
        assertTrue(out.contains("namespace: shop\n"), out);
        assertTrue(out.contains("""
                      - configuredIn: ../configs/ns.yaml
                        configuredBy:
                          apiVersion: builtin
                          kind: NamespaceTransformer
                          name: team-ns
                          namespace: shop
                """), out);
    }

    @Test
    void namespaceOnlyWhereUnsetAndOnEveryServiceAccountSubject() {
        // the output kubectl kustomize gives for this tree
        KustTree tree = KustTree.of("kustomization.yaml", "resources:\n- r.yaml\ntransformers:\n- |-\n"
                + "  apiVersion: builtin\n  kind: NamespaceTransformer\n  metadata:\n    name: ns\n    namespace: shop\n"
                + "  unsetOnly: true\n  setRoleBindingSubjects: allServiceAccounts\n", "r.yaml",
                "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: rb\nsubjects:\n"
                        + "- kind: ServiceAccount\n  name: sa\n- kind: ServiceAccount\n  name: other\n  namespace: keep\n"
                        + "- kind: User\n  name: default\nroleRef:\n  kind: Role\n  name: r\n"
                        + "  apiGroup: rbac.authorization.k8s.io\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n"
                        + "  name: cm\n  namespace: mine\n");
        String out = tree.build("");
        assertTrue(out.contains("  name: rb\n  namespace: shop\n"), out);
        assertTrue(out.contains("  name: sa\n  namespace: shop\n- kind: ServiceAccount\n  name: other\n  namespace: keep\n"
                + "- kind: User\n  name: default\n"), out);
        assertTrue(out.contains("  name: cm\n  namespace: mine\n"), out);
    }

    @Test
    void generatorsTakeTheirNameFromTheConfigsMetadata() {
        KustTree tree = KustTree.of("kustomization.yaml", "generators:\n- gen.yaml\n", "gen.yaml",
                "apiVersion: builtin\nkind: ConfigMapGenerator\nmetadata:\n  name: settings\nliterals:\n- a=b\n"
                        + "---\napiVersion: builtin\nkind: IAMPolicyGenerator\nmetadata:\n  name: iam\ncloud: gke\n"
                        + "kubernetesService:\n  name: app\nserviceAccount:\n  name: gsa\n  projectId: proj\n");
        String out = tree.build("");
        assertTrue(out.contains("name: settings-"), out);
        assertTrue(out.contains("iam.gke.io/gcp-service-account: gsa@proj.iam.gserviceaccount.com\n  name: app\n"), out);
    }

    @Test
    void onlyBuiltinPluginsAreAccepted() {
        KustTree tree = KustTree.of("kustomization.yaml", "resources:\n- m.yaml\ntransformers:\n- t.yaml\n",
                "m.yaml", MAP, "t.yaml", "apiVersion: example.com/v1\nkind: Prefixer\nmetadata:\n  name: x\n");
        assertTrue(tree.error("").contains("t.yaml:1:1: error: plugin Prefixer (apiVersion: example.com/v1) is not a "
                + "builtin plugin; exec, Go and KRM-function plugins are not supported"), tree.error(""));
        tree.write("t.yaml", "apiVersion: builtin\nkind: SortOrderTransformer\nmetadata:\n  name: x\n");
        assertTrue(tree.error("").contains("unable to load builtin SortOrderTransformer"), tree.error(""));
        tree.write("t.yaml", "apiVersion: builtin\nkind: ConfigMapGenerator\nmetadata:\n  name: x\n");
        assertTrue(tree.error("").contains("not a transformer"), tree.error(""));
        tree.write("t.yaml", "apiVersion: builtin\nkind: PrefixTransformer\nmetadata:\n  name: x\nprefix: p-\n"
                + "fieldspecs: null\nsuffix: s\n");
        String error = tree.error("");
        assertTrue(error.contains("fieldSpecs is not expected to be nil") && error.contains("unknown field 'suffix'"),
                error);
        tree.write("t.yaml", "apiVersion: builtin\nkind: HashTransformer\nmetadata:\n  name: x\n");
        assertThrows(UnsupportedFeature.class, () -> tree.build(""));
    }
}
