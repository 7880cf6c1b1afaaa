package dev.deployer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deployer validate} checks every output document strictly and reports each problem as
 * {@code file: kind/name: path: problem}: against JSON Schemas when given, and core kinds against
 * the Kubernetes models without them. The typos come from repository templates, as they would.
 */
class ValidateCommandTest {

    @TempDir
    Path temp;

    @Test
    void aTypoInAControllerTemplateIsCaughtByTheSchemaWithThePathToTheField() throws IOException {
        Path schemas = TestPaths.sharedOrSkip("schemas");
        Path repo = carts();
        overrideTemplate(repo, "argocd/_sync-policy.yaml.peb", "    prune: {{ sync.prune }}", "    prunee: {{ sync.prune }}");
        Cli.Run run = Cli.run("validate", "--repo", repo.toString(), "--schemas", schemas.toString());
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("clusters/dev/application-carts-dev.yaml: Application/carts-dev: "
                + "$.spec.syncPolicy.automated.prunee: unknown field 'prunee'\n"), run.err());
        assertTrue(run.err().contains("clusters/root-stage.yaml: Application/carts-deploy-stage: "
                + "$.spec.syncPolicy.automated.prunee: unknown field 'prunee'\n"), run.err());
        assertTrue(run.err().endsWith("4 problems found in the output documents\n"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aTypoInAWorkloadTemplateIsCaughtWithoutAnySchemaByTheKubernetesModels() throws IOException {
        Path repo = carts();
        overrideTemplate(repo, "web/deployment.yaml.peb", "{% include \"../_partials/deployment.yaml.peb\" %}",
                "{% include \"../_partials/deployment.yaml.peb\" %}\n  replicass: 2\n  minReadySeconds: \"5\"");
        Cli.Run run = Cli.run("validate", "--repo", repo.toString());
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("rendered/prod/carts/deployment-carts-api.yaml: Deployment/carts-api: "
                + "$.spec.minReadySeconds: must be an integer, not a string (\"5\")\n"), run.err());
        assertTrue(run.err().contains("rendered/prod/carts/deployment-carts-api.yaml: Deployment/carts-api: "
                + "$.spec.replicass: unknown field 'replicass'\n"), run.err());
        assertTrue(run.err().endsWith("6 problems found in the output documents\n"), run.err());
    }

    @Test
    void validOutputPassesWithAndWithoutSchemas() throws IOException {
        Path repo = carts();
        Cli.Run models = Cli.run("validate", "--repo", repo.toString());
        assertEquals(0, models.exitCode(), models.err());
        assertTrue(models.err().contains("documents checked (0 by schema, 11 by the Kubernetes models)"), models.err());
        Path schemas = TestPaths.sharedOrSkip("schemas");
        Cli.Run strict = Cli.run("validate", "--repo", repo.toString(), "--schemas", schemas.toString());
        assertEquals(0, strict.exitCode(), strict.err());
        assertTrue(strict.err().contains("20 documents checked (20 by schema, 0 by the Kubernetes models); "
                + "no schema for dynamodb.aws.upbound.io/v1beta1 Table"), strict.err());
    }

    @Test
    void onDiskChecksTheCommittedFilesToo() throws IOException {
        Path repo = carts();
        Path service = repo.resolve("rendered/stage/carts/service-carts-api.yaml");
        Files.writeString(service, Files.readString(service).replace("  - name: http\n", "  - nmae: http\n"));
        assertEquals(0, Cli.run("validate", "--repo", repo.toString()).exitCode());
        Cli.Run run = Cli.run("validate", "--on-disk", "--repo", repo.toString());
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("rendered/stage/carts/service-carts-api.yaml: Service/carts-api: "
                + "$.spec.ports[0].nmae: unknown field 'nmae'\n"), run.err());
    }

    @Test
    void theSchemasSettingIsUsedAndAMissingDirectoryIsAUsageError() throws IOException {
        Path repo = carts();
        Files.writeString(repo.resolve("deployer.yaml"), Files.readString(repo.resolve("deployer.yaml"))
                + "schemas: ../no-such-schemas\n");
        Cli.Run run = Cli.run("validate", "--repo", repo.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("error: schema directory not found: "), run.err());
    }

    private Path carts() throws IOException {
        Path repo = temp.resolve("carts");
        BadInputTest.copy(TestPaths.example("carts"), repo);
        return repo;
    }

    private static void overrideTemplate(Path repo, String name, String from, String to) throws IOException {
        String builtin = Files.readString(TestPaths.projectRoot().resolve("templates").resolve(name));
        assertTrue(builtin.contains(from), name + " has changed; update this test");
        Path own = repo.resolve("templates").resolve(name);
        Files.createDirectories(own.getParent());
        Files.writeString(own, builtin.replace(from, to));
    }
}
