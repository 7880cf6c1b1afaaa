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
            Files.writeString(hook, script(command, git(repo, "rev-parse", "--show-prefix")), StandardCharsets.UTF_8);
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

    /**
     * The hook. It checks what is being committed: when the work tree holds changes that are not
     * staged (or files git does not track yet), the staged tree is exported to a temporary folder
     * and checked there, so a forgotten {@code git add rendered/} is caught even though the work
     * tree's output is fresh. Otherwise it checks the work tree itself, where the render cache
     * of {@code .git/deployer/} makes it fast.
     *
     * @param prefix where the deployment repository is inside the git repository ("" at its top)
     */
    static String script(String command, String prefix) {
        return """
                #!/bin/sh
                %s: refuses commits whose rendered output is stale.
                # Skip once with 'git commit --no-verify'; remove this file to uninstall.
                # DEPLOYER=/path/to/deployer overrides the command for one commit.
                deployer="${DEPLOYER:-%s}"
                dir='%s'
                top="$(git rev-parse --show-toplevel)" || exit 1
                if git diff --quiet && [ -z "$(git ls-files --others --exclude-standard)" ]; then
                  exec $deployer render --check --repo "$top/$dir"
                fi
                # Part of the work tree is not staged: check the commit's own tree, from the index.
                tmp="$(mktemp -d "${TMPDIR:-/tmp}/deployer-pre-commit.XXXXXX")" || exit 1
                trap 'rm -rf "$tmp"' EXIT
                git checkout-index --all --prefix="$tmp/" || exit 1
                $deployer render --check --repo "$tmp/$dir"
                """.formatted(MARKER, command, prefix.replace("'", ""));
    }

    private static Path hooksDir(Path repo) {
        Path dir = Path.of(git(repo, "rev-parse", "--git-path", "hooks"));
        return dir.isAbsolute() ? dir : repo.resolve(dir);
    }

    /** Runs git in {@code repo} and returns its output, trimmed; a failure is exit code 4. */
    private static String git(Path repo, String... args) {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("git"));
        command.addAll(java.util.List.of(args));
        try {
            Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new DeployerException(ExitCode.REMOTE, repo + " is not a git repository: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new DeployerException(ExitCode.REMOTE, "cannot run git to find the hooks folder: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeployerException(ExitCode.REMOTE, "interrupted while asking git for the hooks folder");
        }
    }
}
