package dev.deployer.bot.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A file's history along the first-parent chain ({@code git log --first-parent -- path}): on an
 * environment branch that is one entry per landed change, and a merged pull request shows as
 * its merge commit, whose subject carries the PR number, not as the branch's inner commits.
 */
final class History {

    private final Repository repo;

    History(Repository repo) {
        this.repo = repo;
    }

    List<CommitInfo> log(String path, ObjectId start, int limit) throws IOException {
        List<CommitInfo> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit commit = walk.parseCommit(start);
            ObjectId blob = blob(commit, path);
            while (commit != null && out.size() < limit) {
                RevCommit parent = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
                ObjectId parentBlob = parent == null ? null : blob(parent, path);
                if (!Objects.equals(blob, parentBlob)) {
                    out.add(info(commit));
                }
                commit = parent;
                blob = parentBlob;
            }
        }
        return out;
    }

    List<CommitInfo> firstParents(ObjectId start, ObjectId until, int limit) throws IOException {
        List<CommitInfo> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit commit = walk.parseCommit(start);
            while (commit != null && out.size() < limit) {
                out.add(info(commit));
                if (commit.getId().equals(until)) {
                    break;
                }
                commit = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
            }
        }
        return out;
    }

    Optional<String> read(ObjectId commitId, String path) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            ObjectId blob = blob(walk.parseCommit(commitId), path);
            return blob == null ? Optional.empty()
                    : Optional.of(new String(repo.open(blob).getBytes(), StandardCharsets.UTF_8));
        }
    }

    private ObjectId blob(RevCommit commit, String path) throws IOException {
        try (TreeWalk tw = TreeWalk.forPath(repo, path, commit.getTree())) {
            return tw == null || tw.getFileMode(0).getObjectType() != Constants.OBJ_BLOB ? null : tw.getObjectId(0);
        }
    }

    static CommitInfo info(RevCommit c) {
        PersonIdent author = c.getAuthorIdent();
        return new CommitInfo(new CommitId(c.getId().name()), author.getName(), author.getEmailAddress(),
                c.getCommitterIdent().getWhenAsInstant(), c.getFullMessage());
    }
}
