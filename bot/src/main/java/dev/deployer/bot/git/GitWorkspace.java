package dev.deployer.bot.git;

import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * A clone the bot works in: fetch, start a branch from the remote's state, edit files, commit,
 * push with a lease, read history. Every JGit failure leaves this class as a
 * {@link DeployerException} with exit code 4 and one line of advice, and no secret in it.
 * One workspace per thread; the remote is always {@code origin}.
 */
public final class GitWorkspace implements AutoCloseable {

    private static final int TIMEOUT_SECONDS = 60;

    private final Git git;
    private final GitCalls calls;
    private final WorkingCopy files;

    private GitWorkspace(Git git, String remote, Credentials credentials, Clock clock) {
        this.git = git;
        this.calls = new GitCalls(remote, credentials);
        this.files = new WorkingCopy(git, calls, clock);
    }

    /**
     * Clones {@code remoteUrl} into {@code dir} with {@code baseBranch} checked out. A password
     * in the URL ({@code https://x-access-token:TOKEN@host/...}) is taken out of it and used as
     * the credentials, so it is not written to {@code .git/config}.
     */
    public static GitWorkspace cloneInto(String remoteUrl, Path dir, String baseBranch, Credentials credentials,
                                         Clock clock) {
        RemoteUrl url = RemoteUrl.parse(remoteUrl, credentials);
        GitCalls calls = new GitCalls(url.url(), url.credentials());
        Git git = calls.call("git clone", () -> Git.cloneRepository().setURI(url.url()).setDirectory(dir.toFile())
                .setBranch(baseBranch).setCredentialsProvider(calls.credentials()).setTimeout(TIMEOUT_SECONDS).call());
        GitWorkspace ws = new GitWorkspace(git, url.url(), url.credentials(), clock);
        if (ws.remoteBranchHead(baseBranch).isEmpty()) {
            ws.close();
            throw new DeployerException(ExitCode.REMOTE, "git clone: " + url.url() + " has no branch '" + baseBranch
                    + "', perhaps you should check the base branch in deployer.yaml");
        }
        return ws;
    }

    /** Opens an existing clone whose remote {@code origin} is the deployment repository. */
    public static GitWorkspace open(Path dir, Credentials credentials, Clock clock) {
        try {
            Git git = Git.open(dir.toFile());
            String url = git.getRepository().getConfig().getString("remote", "origin", "url");
            if (url == null) {
                git.close();
                throw new DeployerException(ExitCode.REMOTE, dir + " has no remote 'origin'"
                        + ", perhaps you should run in a clone of the deployment repository");
            }
            return new GitWorkspace(git, new Secrets(credentials).redact(url), credentials, clock);
        } catch (IOException e) {
            throw new DeployerException(ExitCode.REMOTE, dir + " is not a git repository"
                    + ", perhaps you should run in a clone of the deployment repository", e);
        }
    }

    public Path workTree() {
        return files.root();
    }

    /** {@code git fetch --prune origin}: remote-tracking branches now mirror the remote. */
    public void fetch() {
        call("git fetch", () -> git.fetch().setRemote("origin").setRemoveDeletedRefs(true)
                .setRefSpecs("+refs/heads/*:refs/remotes/origin/*")
                .setCredentialsProvider(calls.credentials()).setTimeout(TIMEOUT_SECONDS).call());
    }

    /** {@code git fetch origin +refs/deployer/*:refs/deployer/*}: the bot's state refs as the remote has them. */
    public void fetchState() {
        call("git fetch", () -> git.fetch().setRemote("origin")
                .setRefSpecs("+" + StateRefs.PREFIX + "*:" + StateRefs.PREFIX + "*")
                .setCredentialsProvider(calls.credentials()).setTimeout(TIMEOUT_SECONDS).call());
    }

    /** The file on state ref {@code refs/deployer/<name>}, as last fetched or written; empty when there is none. */
    public Optional<String> readState(String name, String file) {
        return call("git show", () -> StateRefs.read(git.getRepository(), name, file));
    }

    /**
     * Commits {@code content} as the file of state ref {@code refs/deployer/<name>} and pushes it
     * with a lease on what was fetched: false when another run pushed it meanwhile (fetch, merge,
     * try again); a refusal is thrown.
     */
    public boolean writeState(String name, String file, String content, String message, Identity who) {
        String ref = StateRefs.PREFIX + name;
        Optional<CommitId> lease = ref(ref);
        call("git commit", () -> StateRefs.commit(git.getRepository(), name, file, content, message, files.person(who)));
        PushOutcome outcome = call("git push", () -> new LeasePush(git, calls.credentials(), TIMEOUT_SECONDS)
                .pushRef(ref, lease));
        if (outcome.status() == PushOutcome.Status.REJECTED_OTHER) {
            throw new DeployerException(ExitCode.REMOTE, "the remote refused the push to '" + ref + "': "
                    + calls.redact(outcome.reason()) + ", perhaps the token may not push refs outside branches");
        }
        return outcome.status() != PushOutcome.Status.REJECTED_STALE;
    }

    /** Where {@code origin/<branch>} pointed at the last fetch. */
    public Optional<CommitId> remoteBranchHead(String branch) {
        return ref(Constants.R_REMOTES + "origin/" + branch);
    }

    /** The commit checked out, if any. */
    public Optional<CommitId> head() {
        return ref(Constants.HEAD);
    }

    /**
     * Checks out {@code baseBranch} at {@code origin/<baseBranch>}. Refused when the working copy
     * has changes or the local branch has commits the remote does not: those are someone's work.
     */
    public void resetToRemote(String baseBranch) {
        requireClean("reset to origin/" + baseBranch);
        CommitId target = remoteBranchHead(baseBranch).orElseThrow(() -> new DeployerException(ExitCode.REMOTE,
                calls.remote() + " has no branch '" + baseBranch + "', perhaps you should fetch or check the branch name"));
        Optional<CommitId> local = ref(Constants.R_HEADS + baseBranch);
        if (local.isPresent() && !isAncestor(local.get(), target)) {
            throw new DeployerException(ExitCode.REMOTE, "local branch '" + baseBranch + "' has commits that are not on origin/"
                    + baseBranch + " (it has diverged), perhaps you should push or drop them, or use a fresh clone");
        }
        moveBranchTo(baseBranch, target);
    }

    /**
     * Checks out {@code branch} set to {@code startPoint}, creating it or moving it there. The bot
     * owns its branches, so a local branch of that name is reset; the working copy must be clean.
     */
    public void checkoutBranchFrom(String branch, CommitId startPoint) {
        requireClean("check out " + branch);
        if (!Repository.isValidRefName(Constants.R_HEADS + branch)) {
            throw new IllegalArgumentException("not a valid branch name: " + branch);
        }
        moveBranchTo(branch, startPoint);
    }

    public WorkingTreeStatus status() {
        return files.status();
    }

    /** Throws when the working copy has changes: they are not ours to overwrite. */
    public void requireClean(String action) {
        files.requireClean(action);
    }

    /** {@code git reset --hard && git clean -fd}: drops what a failed attempt of ours left behind. */
    public void discardLocalChanges() {
        files.discardChanges();
    }

    /** The file in the working copy, or empty when it does not exist. */
    public Optional<String> readFile(String path) {
        return files.read(path);
    }

    /** Writes a file in the working copy (creating directories); the path must stay inside it. */
    public void writeFile(String path, String content) {
        files.write(path, content);
    }

    /** {@link #commit(String, Identity, Identity, List)} with one identity as author and committer. */
    public Optional<CommitId> commit(String message, Identity identity, List<String> paths) {
        return commit(message, identity, identity, paths);
    }

    /**
     * Stages {@code paths} (files or directories, deletions included) and commits them, dated by
     * the clock. Empty when they hold no change: nothing to commit is success, not an error.
     */
    public Optional<CommitId> commit(String message, Identity author, Identity committer, List<String> paths) {
        return files.commit(message, author, committer, paths);
    }

    /**
     * Pushes local {@code localBranch} to {@code remoteBranch} on origin if, and only if, the
     * remote branch is still at {@code expectedRemoteOld} (absent: the branch must not exist).
     * A rejection is returned, not thrown; failures to talk to the remote are thrown.
     */
    public PushOutcome pushWithLease(String localBranch, String remoteBranch, Optional<CommitId> expectedRemoteOld) {
        if (ref(Constants.R_HEADS + localBranch).isEmpty()) {
            throw new IllegalArgumentException("no local branch " + localBranch);
        }
        PushOutcome outcome = call("git push", () -> new LeasePush(git, calls.credentials(), TIMEOUT_SECONDS)
                .push(localBranch, remoteBranch, expectedRemoteOld));
        return new PushOutcome(outcome.status(), calls.redact(outcome.reason()));
    }

    /** Commits that changed {@code path}, newest first, following first parents from {@code ref}. */
    public List<CommitInfo> log(String path, String ref) {
        return log(path, ref, Integer.MAX_VALUE);
    }

    public List<CommitInfo> log(String path, String ref, int limit) {
        return call("git log", () -> new History(git.getRepository()).log(path, resolve(ref), limit));
    }

    /**
     * The first-parent commits from {@code ref} back to {@code until} (included), newest first, at
     * most {@code limit}: the heads the base branch had since {@code until} landed.
     */
    public List<CommitInfo> firstParents(String ref, CommitId until, int limit) {
        return call("git log", () -> new History(git.getRepository()).firstParents(resolve(ref),
                ObjectId.fromString(until.hex()), limit));
    }

    /** What {@link #changes} reports: one file that {@code commit} changed, as it was before and after. */
    @FunctionalInterface
    public interface ChangeVisitor {
        /** Returns false to stop the walk. */
        boolean visit(CommitInfo commit, String path, Optional<String> before, Optional<String> after);
    }

    /**
     * Every change to one of {@code paths} along the first-parent chain from {@code ref}, newest
     * first, in one walk ({@code git log --first-parent -p -- paths}), until the visitor stops it.
     */
    public void changes(String ref, java.util.Set<String> paths, ChangeVisitor visitor) {
        call("git log", () -> {
            new FileChanges(git.getRepository()).walk(resolve(ref), paths, visitor);
            return null;
        });
    }

    /** The file as it was in {@code commit}; empty when it did not exist there. */
    public Optional<String> readFileAt(CommitId commit, String path) {
        return call("git show", () -> new History(git.getRepository()).read(ObjectId.fromString(commit.hex()), path));
    }

    @Override
    public void close() {
        git.getRepository().close();
        git.close();
    }

    @Override
    public String toString() {
        return "GitWorkspace[" + workTree() + " <- " + calls.remote() + "]";
    }

    /**
     * The commits {@code tip} has on top of {@code base} that {@code owner} did not both author and
     * commit, newest first: on a branch the bot owns, someone else's work.
     */
    public List<CommitInfo> commitsByOthers(CommitId base, CommitId tip, Identity owner) {
        return call("git log", () -> Authorship.byOthers(git.getRepository(), ObjectId.fromString(base.hex()),
                ObjectId.fromString(tip.hex()), owner));
    }

    /** Whether two commits hold the same files (the same tree), whatever their history. */
    public boolean sameContent(CommitId a, CommitId b) {
        return call("git rev-parse", () -> {
            try (RevWalk walk = new RevWalk(git.getRepository())) {
                return walk.parseCommit(ObjectId.fromString(a.hex())).getTree()
                        .equals(walk.parseCommit(ObjectId.fromString(b.hex())).getTree());
            }
        });
    }

    private void moveBranchTo(String branch, CommitId start) {
        call("git checkout", () -> {
            boolean exists = git.getRepository().exactRef(Constants.R_HEADS + branch) != null;
            git.checkout().setName(branch).setCreateBranch(!exists).setStartPoint(start.hex()).call();
            return git.reset().setMode(ResetCommand.ResetType.HARD).setRef(start.hex()).call();
        });
    }

    private boolean isAncestor(CommitId ancestor, CommitId of) {
        return call("git merge-base", () -> {
            try (RevWalk walk = new RevWalk(git.getRepository())) {
                return walk.isMergedInto(walk.parseCommit(ObjectId.fromString(ancestor.hex())),
                        walk.parseCommit(ObjectId.fromString(of.hex())));
            }
        });
    }

    private ObjectId resolve(String ref) throws IOException {
        ObjectId id = git.getRepository().resolve(ref + "^{commit}");
        if (id == null) {
            throw new DeployerException(ExitCode.REMOTE, "no branch or commit '" + ref + "' in " + workTree()
                    + ", perhaps you should fetch first");
        }
        return id;
    }

    private Optional<CommitId> ref(String name) {
        return call("git rev-parse", () -> {
            Ref r = git.getRepository().exactRef(name);
            return r == null || r.getObjectId() == null ? Optional.<CommitId>empty()
                    : Optional.of(new CommitId(r.getObjectId().name()));
        });
    }

    private <T> T call(String action, GitCalls.Step<T> step) {
        return calls.call(action, step);
    }
}
