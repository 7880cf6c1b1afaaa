package dev.deployer.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.output.OutputFile;
import dev.deployer.render.RenderOptions;
import dev.deployer.render.Renderer;
import dev.deployer.testing.TestPaths;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YamlParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KubernetesModelValidatorTest {

    private final KubernetesModelValidator validator = new KubernetesModelValidator();

    @Test
    void everyProblemOfAnObjectAtOnceWithItsPath() {
        YMap deployment = (YMap) YamlParser.parseOne("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: api
                  labelz: {a: b}
                  annotations:
                    argocd.argoproj.io/sync-wave: 1
                spec:
                  replicas: "3"
                  replicass: 3
                  selector: {matchLabels: {app: api}}
                  template:
                    spec:
                      containers:
                      - name: a
                        image: x
                        ports: [{containerPort: 80, protocol: 7}]
                      - name: b
                        imagee: y
                        livenessProbe: {httpGet: {port: http, path: /}}
                """, "test.yaml");
        List<String> problems = validator.validate("f.yaml", deployment).stream().map(SchemaProblem::toString).toList();
        assertEquals(List.of(
                "f.yaml: Deployment/api: $.metadata.annotations['argocd.argoproj.io/sync-wave']: must be a string, not an integer (1)",
                "f.yaml: Deployment/api: $.metadata.labelz: unknown field 'labelz'",
                "f.yaml: Deployment/api: $.spec.replicas: must be an integer, not a string (\"3\")",
                "f.yaml: Deployment/api: $.spec.replicass: unknown field 'replicass'",
                "f.yaml: Deployment/api: $.spec.template.spec.containers[0].ports[0].protocol: must be a string, not an integer (7)",
                "f.yaml: Deployment/api: $.spec.template.spec.containers[1].imagee: unknown field 'imagee'"), problems);
    }

    @Test
    void onlyCoreKindsAreItsBusiness() {
        YMap table = (YMap) YamlParser.parseOne("{apiVersion: dynamodb.aws.upbound.io/v1beta1, kind: Table, "
                + "metadata: {name: t}, spec: {anything: 1}}", "t.yaml");
        assertFalse(validator.supports(table));
        assertEquals(List.of(), validator.validate("t.yaml", table));
    }

    @Test
    void whatTheExamplesRenderIsValid() {
        OutputValidator.Report report = new OutputValidator(Optional.empty())
                .validate(Renderer.render(TestPaths.example("carts"), RenderOptions.all()).files());
        assertEquals(List.of(), report.problems());
        assertTrue(report.byModel() > 0);
    }

    @Test
    void manyDocumentsPerFileAreEachChecked() {
        OutputValidator.Report report = new OutputValidator(Optional.empty()).validate(List.of(new OutputFile("x.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {k: 1}\n---\n"
                        + "apiVersion: v1\nkind: Service\nmetadata: {name: b}\nspec: {portz: []}\n")));
        assertEquals(List.of("x.yaml: ConfigMap/a: $.data.k: must be a string, not an integer (1)",
                "x.yaml: Service/b: $.spec.portz: unknown field 'portz'"),
                report.problems().stream().map(SchemaProblem::toString).toList());
    }
}
