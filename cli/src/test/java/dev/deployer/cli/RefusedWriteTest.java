package dev.deployer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file system that refuses the write for a reason of its own (an immutable folder, {@code chattr
 * +i}: "Operation not permitted") is the user's to fix: exit 3, the folder and the system's reason
 * on one line, the output as it was and no temporary file left. Only root may set the flag, and
 * only with CAP_LINUX_IMMUTABLE (containers lack it by default): elsewhere the test is skipped, and
 * {@link PermissionDeniedIT} checks the common refusal, a folder without write permission.
 */
class RefusedWriteTest {

    @TempDir
    Path temp;

    private Path locked;

    @Test
    void aFolderThatRefusesWritesIsExit3WithThePathAndTheReason() throws Exception {
        Path repo = RenderProcesses.cartsWithAChange(temp.resolve("carts"));
        Map<String, String> before = RenderProcesses.output(repo);
        String reason = refuseWrites(repo.resolve("rendered/dev/carts"));

        Cli.Run run = Cli.run("render", "--repo", repo.toString());

        assertEquals(3, run.exitCode(), run.err());
        assertEquals("error: cannot write rendered/dev/carts/: " + reason + ", nothing was changed\n", run.err());
        assertEquals(before, RenderProcesses.output(repo), "the output as it was, no temporary left");
    }

    /** Makes {@code dir} refuse new files; returns how the system words the refusal. */
    private String refuseWrites(Path dir) {
        locked = dir;
        Assumptions.assumeTrue(chattr("+i", dir) == 0, "chattr +i is refused here (not root, no"
                + " CAP_LINUX_IMMUTABLE, or a file system without the flag); PermissionDeniedIT covers refused writes");
        return "Operation not permitted";
    }

    @AfterEach
    void unlock() {
        if (locked != null) {
            chattr("-i", locked);
        }
    }

    private static int chattr(String flag, Path dir) {
        try {
            return new ProcessBuilder("chattr", flag, dir.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
