package dev.deployer.bot.git;

import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.EmptyCommitException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** The files side of a workspace: read, write, status, commit. Paths are checked to stay inside. */
final class WorkingCopy {

    private final Git git;
    private final GitCalls calls;
    private final Clock clock;

    WorkingCopy(Git git, GitCalls calls, Clock clock) {
        this.git = git;
        this.calls = calls;
        this.clock = clock;
    }

    Path root() {
        return git.getRepository().getWorkTree().toPath();
    }

    WorkingTreeStatus status() {
        return calls.call("git status", () -> {
            Status s = git.status().call();
            Set<String> changed = new HashSet<>();
            List.of(s.getAdded(), s.getChanged(), s.getModified(), s.getRemoved(), s.getMissing(), s.getConflicting())
                    .forEach(changed::addAll);
            return new WorkingTreeStatus(changed, s.getUntracked());
        });
    }

    void requireClean(String action) {
        WorkingTreeStatus status = status();
        if (!status.isClean()) {
            throw new DeployerException(ExitCode.REMOTE, "cannot " + action + ": the working copy at " + root()
                    + " has uncommitted changes (" + status.summary(5) + ")"
                    + ", perhaps you should commit or stash them, or use a fresh clone");
        }
    }

    void discardChanges() {
        calls.call("git reset", () -> git.reset().setMode(ResetCommand.ResetType.HARD).call());
        calls.call("git clean", () -> git.clean().setCleanDirectories(true).call());
    }

    Optional<String> read(String path) {
        Path file = WorkTreePaths.resolve(root(), path);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            throw new DeployerException(ExitCode.REMOTE, "cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    void write(String path, String content) {
        Path file = WorkTreePaths.resolve(root(), path);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DeployerException(ExitCode.REMOTE, "cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    Optional<CommitId> commit(String message, Identity author, Identity committer, List<String> paths) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("commit needs at least one path ('.' for everything)");
        }
        paths.forEach(p -> WorkTreePaths.resolve(root(), p));
        return calls.call("git commit", () -> {
            for (String p : paths) {
                git.add().addFilepattern(p).call();
                git.add().addFilepattern(p).setUpdate(true).call();
            }
            try {
                RevCommit c = git.commit().setMessage(message).setAuthor(person(author))
                        .setCommitter(person(committer)).setAllowEmpty(false).setSign(false).call();
                return Optional.of(new CommitId(c.getId().name()));
            } catch (EmptyCommitException nothingToCommit) {
                return Optional.empty();
            }
        });
    }

    PersonIdent person(Identity who) {
        return new PersonIdent(who.name(), who.email(), clock.instant(), clock.getZone());
    }
}
