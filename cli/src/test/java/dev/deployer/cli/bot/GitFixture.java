package dev.deployer.cli.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deployer.testing.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Real git for the end-to-end tests: a bare remote made with the git CLI from a deployment
 * repository on disk, and the git operations a human or GitHub would do on it (merging a PR).
 */
final class GitFixture {

    final Path bare;
    private final Path scratch;

    private GitFixture(Path bare, Path scratch) {
        this.bare = bare;
        this.scratch = scratch;
    }

    /** One more commit of the seeded history: {@code edit} changes the work tree, {@code message} says why. */
    record Commit(String message, Consumer<Path> edit) {
    }

    /** A bare remote whose main branch holds {@code content}, committed by "Alice". */
    static GitFixture of(Path content, Path temp) {
        return of(content, temp, List.of());
    }

    /** ... and then {@code history}, one commit each, pushed at once: a past the tests need not replay through the bot. */
    static GitFixture of(Path content, Path temp, List<Commit> history) {
        Path bare = temp.resolve("remote.git");
        Path seed = temp.resolve("seed");
        git(temp, "init", "--bare", "-q", "-b", "main", bare.toString());
        git(temp, "clone", "-q", bare.toString(), seed.toString());
        copy(content, seed);
        commit(seed, "Initial deployment repository");
        for (Commit c : history) {
            c.edit().accept(seed);
            commit(seed, c.message());
        }
        git(seed, "push", "-q", "origin", "main");
        return new GitFixture(bare, temp);
    }

    private static void commit(Path clone, String message) {
        git(clone, "add", "-A");
        git(clone, "-c", "user.name=Alice", "-c", "user.email=alice@example.com", "commit", "-q", "-m", message);
    }

    String url() {
        return bare.toUri().toString();
    }

    /** What GitHub does when a PR is merged: a merge commit on main with the usual message. */
    void mergePullRequest(int number, String branch) {
        Path clone = freshClone("merge-" + number);
        git(clone, "-c", "user.name=Bob", "-c", "user.email=bob@example.com", "merge", "-q", "--no-ff",
                "origin/" + branch, "-m", "Merge pull request #" + number + " from acme/" + branch);
        git(clone, "push", "-q", "origin", "main");
    }

    /** Someone pushes {@code content} (the repository as it should be) to main. */
    void commitAll(Path content, String message) {
        Path clone = freshClone("edit");
        copy(content, clone);
        commit(clone, message);
        git(clone, "push", "-q", "origin", "main");
    }

    /**
     * A person's commit on {@code branch}, pushed as {@code name}: {@code line} appended to
     * {@code path}. Returns the new head.
     */
    String pushAs(String name, String branch, String path, String line) {
        Path clone = freshClone("push-" + name);
        git(clone, "checkout", "-q", branch);
        try {
            Files.writeString(clone.resolve(path), line + "\n", java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String email = name.toLowerCase(java.util.Locale.ROOT) + "@example.com";
        git(clone, "-c", "user.name=" + name, "-c", "user.email=" + email, "commit", "-q", "-am", "Fix-up by " + name);
        git(clone, "push", "-q", "origin", branch);
        return head(branch);
    }

    /** Someone moved {@code branch} to {@code commit}, dropping what came after it. */
    void forcePush(String branch, String commit) {
        git(bare, "update-ref", "refs/heads/" + branch, commit);
    }

    String head(String branch) {
        return git(bare, "rev-parse", "refs/heads/" + branch).strip();
    }

    /** The file as the remote branch has it. */
    String show(String branch, String path) {
        return git(bare, "show", branch + ":" + path);
    }

    boolean hasBranch(String branch) {
        return Tools.run(bare, "git", "rev-parse", "--verify", "-q", "refs/heads/" + branch).exitCode() == 0;
    }

    String log(String branch) {
        return git(bare, "log", "--format=%s", branch);
    }

    private Path freshClone(String name) {
        Path dir = scratch.resolve(name + "-" + System.nanoTime());
        git(scratch, "clone", "-q", bare.toString(), dir.toString());
        return dir;
    }

    static String git(Path dir, String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Tools.Result r = Tools.run(dir, command);
        assertEquals(0, r.exitCode(), "git " + String.join(" ", args) + ": " + r.stderr());
        return r.stdout();
    }

    private static void copy(Path from, Path to) {
        dev.deployer.testing.TestFiles.copyTree(from, to);
    }
}
