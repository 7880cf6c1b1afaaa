package dev.deployer.bot.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * One small file on a ref of its own, {@code refs/deployer/<name>}, outside every branch: the
 * bot's memory between passes (the registry tags it saw). Pushing such a ref starts no CI run,
 * opens no pull request and needs no bypass of branch protection; its commits keep the history.
 */
final class StateRefs {

    static final String PREFIX = "refs/deployer/";

    private StateRefs() {
    }

    static Optional<String> read(Repository repo, String name, String file) throws IOException {
        Ref ref = repo.exactRef(PREFIX + name);
        if (ref == null || ref.getObjectId() == null) {
            return Optional.empty();
        }
        try (RevWalk walk = new RevWalk(repo);
             TreeWalk tree = TreeWalk.forPath(repo, file, walk.parseCommit(ref.getObjectId()).getTree())) {
            return tree == null ? Optional.empty()
                    : Optional.of(new String(repo.open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Commits {@code content} as the only file of the ref, on top of where the ref is, and moves the ref there. */
    static ObjectId commit(Repository repo, String name, String file, String content, String message, PersonIdent who)
            throws IOException {
        try (ObjectInserter inserter = repo.newObjectInserter()) {
            TreeFormatter tree = new TreeFormatter();
            tree.append(file, FileMode.REGULAR_FILE, inserter.insert(Constants.OBJ_BLOB,
                    content.getBytes(StandardCharsets.UTF_8)));
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(inserter.insert(tree));
            commit.setAuthor(who);
            commit.setCommitter(who);
            commit.setMessage(message);
            Ref parent = repo.exactRef(PREFIX + name);
            if (parent != null) {
                commit.setParentId(parent.getObjectId());
            }
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            RefUpdate update = repo.updateRef(PREFIX + name);
            update.setNewObjectId(id);
            update.setForceUpdate(true);
            update.update();
            return id;
        }
    }
}
