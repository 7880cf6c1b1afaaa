package dev.deployer.init;

import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/**
 * {@code deployer hook install}: a plain git pre-commit hook running {@code render --check}, for
 * teams without the pre-commit framework. The hooks folder comes from git itself
 * ({@code git rev-parse --git-path hooks}), so {@code core.hooksPath} and worktrees are
 * respected. A hook deployer did not write is only replaced with {@code force}.
 */
public final class GitHook {

    static final String MARKER = "# Installed by 'deployer hook install'";

    private GitHook() {
    }

    /** Writes the hook and returns its path. {@code command} runs deployer (e.g. "deployer"). */
    public static Path install(Path repo, String command, boolean force) {
        Path hook = hooksDir(repo).resolve("pre-commit");
        try {
            if (Files.exists(hook) && !force && !Files.readString(hook).contains(MARKER)) {
                throw new DeployerException(ExitCode.USAGE, hook + " exists and was not written by deployer;"
                        + " add 'deployer render --check' to it yourself, or pass --force to replace it");
            }
            Files.createDirectories(hook.getParent());
            Files.writeString(hook, script(command), StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (UnsupportedOperationException e) {
                hook.toFile().setExecutable(true);
            }
            return hook;
        } catch (IOException e) {
            throw new DeployerException(ExitCode.REMOTE, "cannot write " + hook + ": " + e.getMessage(), e);
        }
    }

    static String script(String command) {
        return "#!/bin/sh\n"
                + MARKER + ": refuses commits whose rendered output is stale.\n"
                + "# Skip once with 'git commit --no-verify'; remove this file to uninstall.\n"
                + "exec " + command + " render --check --repo \"$(git rev-parse --show-toplevel)\"\n";
    }

    private static Path hooksDir(Path repo) {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--git-path", "hooks").directory(repo.toFile())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new DeployerException(ExitCode.REMOTE, repo + " is not a git repository: " + out);
            }
            Path dir = Path.of(out);
            return dir.isAbsolute() ? dir : repo.resolve(dir);
        } catch (IOException e) {
            throw new DeployerException(ExitCode.REMOTE, "cannot run git to find the hooks folder: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeployerException(ExitCode.REMOTE, "interrupted while asking git for the hooks folder");
        }
    }
}
