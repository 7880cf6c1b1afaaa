package dev.deployer.bot.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Who made the commits a branch has on top of another ({@code git log base..tip}): a bot's own
 * branch holds only commits it both authored and committed, so any other commit there is a
 * person's (a fix-up, a revert, GitHub's "Update branch" merge) and not the bot's to overwrite.
 */
final class Authorship {

    private Authorship() {
    }

    /** The commits of {@code base..tip} that {@code owner} did not both author and commit, newest first. */
    static List<CommitInfo> byOthers(Repository repo, ObjectId base, ObjectId tip, Identity owner) throws IOException {
        List<CommitInfo> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repo)) {
            walk.markStart(walk.parseCommit(tip));
            walk.markUninteresting(walk.parseCommit(base));
            for (RevCommit c : walk) {
                if (!is(owner, c.getAuthorIdent()) || !is(owner, c.getCommitterIdent())) {
                    out.add(History.info(c));
                }
            }
        }
        return out;
    }

    private static boolean is(Identity owner, PersonIdent who) {
        return owner.email().equalsIgnoreCase(who.getEmailAddress()) && owner.name().equals(who.getName());
    }
}
