package dev.deployer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deployer.testing.Requires;
import dev.deployer.testing.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deployer kustomize} against the real {@code kubectl kustomize} on one tree that uses the
 * kustomize features beyond the basics together: vars, configurations, builtin plugins under
 * transformers: and generators:, a custom openapi schema, typed lists and build metadata.
 */
class KustomizeParityTest {

    @TempDir
    Path temp;

    @Test
    void sameBytesAsKubectl() throws IOException {
        Requires.kubectl();
        write("base/kustomization.yaml", """
                resources:
                - app.yaml
                - cron.yaml
                configurations:
                - config.yaml
                configMapGenerator:
                - name: settings
                  literals:
                  - mode=fast
                vars:
                - name: SVC
                  objref: {apiVersion: v1, kind: Service, name: app}
                - name: PORT
                  objref: {apiVersion: v1, kind: Service, name: app}
                  fieldref: {fieldPath: 'spec.ports[0].port'}
                """);
        write("base/app.yaml", """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Service
                  metadata: {name: app}
                  spec:
                    ports: [{port: 8080}]
                - apiVersion: apps/v1
                  kind: Deployment
                  metadata: {name: app}
                  spec:
                    template:
                      spec:
                        containers:
                        - name: app
                          image: app:1
                          args: ["--upstream=$(SVC):$(PORT)"]
                """);
        write("base/cron.yaml", """
                apiVersion: example.com/v1
                kind: Cron
                metadata: {name: nightly}
                spec:
                  settingsName: settings
                  steps:
                  - {id: build, image: builder}
                  - {id: test, image: tester}
                """);
        write("base/config.yaml", """
                nameReference:
                - kind: ConfigMap
                  version: v1
                  fieldSpecs:
                  - {kind: Cron, path: spec/settingsName}
                """);
        write("prod/kustomization.yaml", """
                resources:
                - ../base
                namePrefix: prod-
                openapi:
                  path: schema.json
                transformers:
                - |-
                  apiVersion: builtin
                  kind: LabelTransformer
                  metadata: {name: tier}
                  labels: {tier: backend}
                  fieldSpecs:
                  - {path: metadata/labels, create: true}
                generators:
                - iam.yaml
                patches:
                - patch: |-
                    apiVersion: example.com/v1
                    kind: Cron
                    metadata: {name: nightly}
                    spec:
                      steps:
                      - {id: test, image: tester:2}
                buildMetadata: [originAnnotations, transformerAnnotations]
                """);
        write("prod/iam.yaml", """
                apiVersion: builtin
                kind: IAMPolicyGenerator
                metadata: {name: identity}
                cloud: gke
                kubernetesService: {name: app}
                serviceAccount: {name: app-gsa, projectId: shop}
                """);
        write("prod/schema.json", """
                {"definitions": {"example.Cron": {"properties": {"spec": {"properties": {"steps": {
                  "type": "array", "items": {"type": "object"},
                  "x-kubernetes-patch-strategy": "merge", "x-kubernetes-patch-merge-key": "id"}}}},
                  "x-kubernetes-group-version-kind": [{"group": "example.com", "version": "v1", "kind": "Cron"}]}}}
                """);
        Path prod = temp.resolve("prod");
        Tools.Result kubectl = Tools.run(temp, "kubectl", "kustomize", prod.toString());
        assertEquals(0, kubectl.exitCode(), kubectl.stderr());
        Cli.Run deployer = Cli.run("kustomize", prod.toString());
        assertEquals(0, deployer.exitCode(), deployer.err());
        assertEquals(kubectl.stdout(), deployer.out());
    }

    private void write(String path, String content) throws IOException {
        Path p = temp.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }
}
