package dev.deployer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.testing.TestPaths;
import dev.deployer.testing.Tools;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validation libraries (fabric8's Kubernetes models, the JSON Schema validator) cost
 * {@code render} nothing: a render in a fresh JVM loads none of their classes; validate does. And
 * {@code kustomize DIR} and {@code render --check} do not even load picocli (their fast lanes).
 */
class ClassLoadingTest {

    @TempDir
    Path temp;

    @Test
    void renderLoadsNoValidationLibraryAndValidateDoes() throws IOException {
        Path repo = temp.resolve("carts");
        BadInputTest.copy(TestPaths.example("carts"), repo);
        String render = classesLoaded(repo, "render", "--quiet");
        assertTrue(render.contains("dev.deployer.render.Renderer"), "class loading was not logged");
        assertFalse(render.contains("io.fabric8."), "render loaded fabric8 classes");
        assertFalse(render.contains("com.networknt."), "render loaded the JSON Schema validator");
        String validate = classesLoaded(repo, "validate");
        assertTrue(validate.contains("io.fabric8.kubernetes.api.model.apps.Deployment "), "validate used the models");
    }

    @Test
    void kustomizeOfOneDirectoryNeverLoadsPicocli() throws IOException {
        Path dir = java.nio.file.Files.createDirectories(temp.resolve("k"));
        java.nio.file.Files.writeString(dir.resolve("kustomization.yaml"), "resources:\n- cm.yaml\n");
        java.nio.file.Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n");
        Tools.Result r = Tools.run(dir, java(), "-Xlog:class+load=info", "-Xshare:off", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "kustomize", dir.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("dev.deployer.kustomize.Kustomizer "), "class loading was not logged");
        assertTrue(r.stdout().contains("kind: ConfigMap"), r.stdout());
        assertFalse(r.stdout().contains("picocli."), "the fast lane loaded picocli");
    }

    @Test
    void theCheckOfThePreCommitHookNeverLoadsPicocli() throws IOException {
        Path repo = temp.resolve("carts");
        BadInputTest.copy(TestPaths.example("carts"), repo);
        java.nio.file.Files.createDirectories(repo.resolve(".git"));
        classesLoaded(repo, "render", "--quiet");
        String check = classesLoaded(repo, "render", "--check", "--quiet");
        assertTrue(check.contains("dev.deployer.check.RenderCheck "), "class loading was not logged");
        assertFalse(check.contains("picocli."), "the check's fast lane loaded picocli");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String classesLoaded(Path repo, String... args) {
        String java = java();
        String[] command = new String[6 + args.length + 2];
        command[0] = java;
        command[1] = "-Xlog:class+load=info";
        command[2] = "-cp";
        command[3] = System.getProperty("java.class.path");
        command[4] = "-Xshare:off";
        command[5] = Main.class.getName();
        System.arraycopy(args, 0, command, 6, args.length);
        command[6 + args.length] = "--repo";
        command[7 + args.length] = repo.toString();
        Tools.Result r = Tools.run(repo, command);
        assertEquals(0, r.exitCode(), String.join(" ", args) + ": " + r.stderr());
        return r.stdout();
    }
}
