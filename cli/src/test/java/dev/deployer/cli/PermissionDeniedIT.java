package dev.deployer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deployer.testing.Requires;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The most common refused write: a folder of rendered/ without write permission. The shipped jar
 * ({@code bin/deployer}) exits 3 with the folder and "permission denied" on one line, leaves the
 * output as it was and no temporary file. Root writes anywhere, so as root the render runs
 * without the capabilities that bypass file permissions ({@code setpriv --bounding-set}, which
 * needs only CAP_SETPCAP, granted in containers by default).
 */
class PermissionDeniedIT {

    /** What lets root ignore a folder's permissions. */
    private static final String BYPASS = "-dac_override,-dac_read_search,-fowner";

    @TempDir
    Path temp;

    private Path locked;

    @Test
    void aReadOnlyFolderIsExit3WithPermissionDenied() throws Exception {
        Path repo = RenderProcesses.cartsWithAChange(temp.resolve("carts"));
        Map<String, String> before = RenderProcesses.output(repo);
        locked = repo.resolve("rendered/dev/carts");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));

        Process render = RenderProcesses.start(temp.resolve("render.log"), unprivileged(), "render", "--repo",
                repo.toString());

        assertEquals(3, render.waitFor(), Files.readString(temp.resolve("render.log")));
        assertEquals("error: cannot write rendered/dev/carts/: permission denied, nothing was changed\n",
                Files.readString(temp.resolve("render.log")));
        assertEquals(before, RenderProcesses.output(repo), "the output as it was, no temporary left");
    }

    /** Nothing for another user; for root, setpriv dropping what bypasses permissions. */
    private static List<String> unprivileged() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return List.of();
        }
        Requires.that(() -> Terminal.onPath("setpriv"), "setpriv (util-linux) is not installed: as root the"
                + " permission cannot be denied");
        return List.of("setpriv", "--inh-caps=-all", "--bounding-set=" + BYPASS, "--");
    }

    @AfterEach
    void unlock() throws Exception {
        if (locked != null) {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
