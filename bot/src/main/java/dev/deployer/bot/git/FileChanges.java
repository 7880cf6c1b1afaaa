package dev.deployer.bot.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Many files' histories in one walk of the first-parent chain, newest first: each commit is
 * compared with its parent once for all the files, so asking about a thousand files costs one
 * walk, not a thousand (as {@link History} would).
 */
final class FileChanges {

    private final Repository repo;

    FileChanges(Repository repo) {
        this.repo = repo;
    }

    void walk(ObjectId start, Set<String> paths, GitWorkspace.ChangeVisitor visitor) throws IOException {
        if (paths.isEmpty()) {
            return;
        }
        try (RevWalk walk = new RevWalk(repo); TreeWalk tw = new TreeWalk(repo)) {
            tw.setRecursive(true);
            tw.setFilter(AndTreeFilter.create(PathFilterGroup.createFromStrings(paths), TreeFilter.ANY_DIFF));
            RevCommit commit = walk.parseCommit(start);
            Set<ObjectId> shallow = repo.getObjectDatabase().getShallowCommits();
            boolean more = true;
            // A shallow clone's oldest commit has parents that were not fetched: it introduced nothing.
            while (commit != null && more && !shallow.contains(commit)) {
                RevCommit parent = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
                more = compare(tw, commit, parent, visitor);
                commit = parent;
            }
        }
    }

    /** Reports each file that differs between {@code parent} and {@code commit}; false once the visitor has enough. */
    private boolean compare(TreeWalk tw, RevCommit commit, RevCommit parent, GitWorkspace.ChangeVisitor visitor)
            throws IOException {
        tw.reset();
        if (parent == null) {
            tw.addTree(new EmptyTreeIterator());
        } else {
            tw.addTree(parent.getTree());
        }
        tw.addTree(commit.getTree());
        CommitInfo info = History.info(commit);
        while (tw.next()) {
            if (!visitor.visit(info, tw.getPathString(), content(tw, 0), content(tw, 1))) {
                return false;
            }
        }
        return true;
    }

    private Optional<String> content(TreeWalk tw, int tree) throws IOException {
        ObjectId id = tw.getObjectId(tree);
        return id.equals(ObjectId.zeroId()) ? Optional.empty()
                : Optional.of(new String(repo.open(id).getBytes(), StandardCharsets.UTF_8));
    }
}
