package dev.deployer.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Diagnostic;
import dev.deployer.render.RenderOptions;
import dev.deployer.render.Renderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stacks layout ({@code stacks/<stack>/stack.yaml}, {@code stacks/<stack>/services/<svc>/}):
 * what a stack hands down to its services, and the mistakes a repository with stacks can make,
 * each reported where it is written.
 */
class StackLayoutTest {

    @TempDir
    Path repo;

    @Test
    void aStackHandsItsNamespaceLabelsAndPerEnvironmentValuesToItsServices() throws IOException {
        base();
        write("stacks/shop/stack.yaml", """
                owners: ["@acme/shop"]
                namespace: "{stack}-{env}"
                labels: {stack: shop}
                environments:
                  prod: {namespace: "{stack}"}
                """);
        service("shop", "cart", "");
        Repo loaded = RepoLoader.load(repo);
        assertEquals(List.of("@acme/shop"), loaded.stack("shop").orElseThrow().owners());
        ServiceSource cart = loaded.service("cart").orElseThrow();
        assertEquals("stacks/shop/services/cart", cart.relativeDirectory());
        assertEquals("shop-dev", loaded.environmentFor(cart, "dev").namespaceFor("cart"));
        assertEquals("shop", loaded.environmentFor(cart, "prod").namespaceFor("cart"));
        assertEquals("shop", loaded.environmentFor(cart, "dev").labels().get("stack"));
    }

    @Test
    void aServiceNameIsUniqueAcrossStacksAndTheErrorNamesBothFiles() throws IOException {
        base();
        write("stacks/a/stack.yaml", "description: A\n");
        write("stacks/b/stack.yaml", "description: B\n");
        service("a", "cart", "");
        service("b", "cart", "");
        assertEquals(List.of("stacks/b/services/cart/service.yaml: service 'cart' is defined twice:"
                + " stacks/a/services/cart/service.yaml and stacks/b/services/cart/service.yaml"), problems());
    }

    @Test
    void aStackDirectoryNeedsItsStackYaml() throws IOException {
        base();
        service("shop", "cart", "");
        assertEquals(List.of("stacks/shop: stack directory has no stack.yaml"), problems());
    }

    @Test
    void unknownFieldsOfStackYamlAreReportedAtTheirLine() throws IOException {
        base();
        write("stacks/shop/stack.yaml", """
                description: Shop
                replicas: 3
                environments:
                  qa: {namespace: x}
                """);
        service("shop", "cart", "");
        assertEquals(List.of("stacks/shop/stack.yaml:2:1: unknown field 'replicas' in stack 'shop'",
                "stacks/shop/stack.yaml:4:3: stack 'shop' sets values for 'qa', which is not an environment"),
                problems());
    }

    @Test
    void dependsOnCrossesStacksAndACycleIsRefusedWhereItIsWritten() throws IOException {
        base();
        write("stacks/a/stack.yaml", "description: A\n");
        write("stacks/b/stack.yaml", "description: B\n");
        service("a", "cart", "dependsOn: [users]\n");
        service("b", "users", "dependsOn:\n  - cart\n");
        assertEquals(List.of("stacks/a/services/cart/service.yaml:1:13: services depend on each other in a cycle:"
                + " cart -> users -> cart"), problems());
    }

    @Test
    void renderSelectsTheServicesOfOneStack() throws IOException {
        base();
        write("stacks/a/stack.yaml", "description: A\n");
        write("stacks/b/stack.yaml", "description: B\n");
        service("a", "cart", "dependsOn: [users]\n");
        service("b", "users", "");
        var files = Renderer.render(repo, new RenderOptions(List.of("dev"), List.of(), 1, List.of("b"))).files();
        assertEquals(List.of("rendered/dev/users/"), files.stream()
                .map(f -> f.path().substring(0, f.path().indexOf('/', "rendered/dev/".length()) + 1)).distinct().toList());
        ConfigException e = assertThrows(ConfigException.class, () -> Renderer.render(repo,
                new RenderOptions(List.of(), List.of("cart"), 1, List.of("b"))));
        assertEquals("service 'cart' is not in stack 'b' but in 'a'", e.diagnostics().get(0).message());
    }

    private List<String> problems() {
        ConfigException e = assertThrows(ConfigException.class, () -> RepoLoader.load(repo));
        return e.diagnostics().stream().map(StackLayoutTest::line).toList();
    }

    private static String line(Diagnostic d) {
        return d.location() + ": " + d.message();
    }

    private void base() throws IOException {
        write("deployer.yaml", "controller: flux\nrepoURL: https://github.com/acme/deploy.git\n"
                + "environments: [dev, prod]\n");
    }

    private void service(String stack, String name, String extra) throws IOException {
        String dir = "stacks/" + stack + "/services/" + name + "/";
        write(dir + "service.yaml", extra + "image: ghcr.io/acme/" + name + "\ncomponents:\n  api: {type: web, port: 8080}\n");
        write(dir + "dev.yaml", "version: v1.0.0\n");
        write(dir + "prod.yaml", "version: v1.0.0\n");
    }

    private void write(String path, String text) throws IOException {
        Path p = repo.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
