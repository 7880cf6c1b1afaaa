package dev.deployer.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundaryTest {

    @TempDir
    Path temp;

    @Test
    void pathsInsideTheRootPassAsGiven() throws Exception {
        Path repo = Files.createDirectories(temp.resolve("repo/services"));
        Boundary b = Boundary.of(temp.resolve("repo"));
        Path file = repo.resolve("carts/service.yaml");
        assertEquals(file, b.check(file, "services/carts/service.yaml", Location.of("x")));
        assertTrue(b.contains(repo.resolve("not/yet/there.yaml")), "a missing file inside is inside");
    }

    @Test
    void climbingOutAbsolutePathsAndLinksAreRefused() throws Exception {
        Path repo = Files.createDirectories(temp.resolve("repo"));
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret"), "x");
        Files.createSymbolicLink(repo.resolve("link"), outside);
        Boundary b = Boundary.of(repo);
        assertFalse(b.contains(repo.resolve("../outside/secret")));
        assertFalse(b.contains(Path.of("/etc/passwd")));
        assertFalse(b.contains(repo.resolve("link/secret")), "a link to a folder outside");
        assertFalse(b.contains(repo.resolve("link/missing/deeper")), "below a link, even where nothing exists");
        ConfigException e = assertThrows(ConfigException.class,
                () -> b.check(repo.resolve("link/secret"), "link/secret", new Location("k.yaml", 3, 5)));
        assertEquals("k.yaml:3:5: error: path 'link/secret' points outside the repository through a symbolic link",
                e.diagnostics().get(0).headline());
    }

    @Test
    void aRootReachedThroughALinkStillContainsItsFiles() throws Exception {
        Path real = Files.createDirectories(temp.resolve("real"));
        Path alias = Files.createSymbolicLink(temp.resolve("alias"), real);
        Files.writeString(real.resolve("deployer.yaml"), "x");
        assertTrue(Boundary.of(alias).contains(alias.resolve("deployer.yaml")));
        assertTrue(Boundary.of(alias).contains(real.resolve("deployer.yaml")));
    }

    @Test
    void aDanglingLinkIsAPlainNameInItsFolder() throws Exception {
        Path repo = Files.createDirectories(temp.resolve("repo"));
        Files.createSymbolicLink(repo.resolve("dangling"), temp.resolve("nowhere"));
        assertTrue(Boundary.of(repo).contains(repo.resolve("dangling")));
    }

    @Test
    void noneAllowsEverything() {
        assertTrue(Boundary.none().contains(Path.of("/etc/passwd")));
    }
}
