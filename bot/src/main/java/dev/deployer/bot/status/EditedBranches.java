package dev.deployer.bot.status;

import dev.deployer.bot.git.CommitId;
import dev.deployer.bot.git.CommitInfo;
import dev.deployer.bot.git.GitWorkspace;
import dev.deployer.bot.git.Identity;
import dev.deployer.bot.plan.Change;
import dev.deployer.bot.status.StatusReport.EditedBranch;
import dev.deployer.load.Repo;
import dev.deployer.load.ServiceSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bot's branches ({@code deployer/<env>/<service>}, {@code deployer-hold/<env>/<service>})
 * that hold commits someone else made on top of the base branch, as the workspace's
 * remote-tracking branches show them: what {@code deployer status} reports as left alone.
 */
public final class EditedBranches {

    private EditedBranches() {
    }

    public static List<EditedBranch> find(GitWorkspace ws, Repo repo, String baseBranch, Identity bot) {
        List<EditedBranch> out = new ArrayList<>();
        for (ServiceSource s : repo.services()) {
            for (String env : repo.config().environments()) {
                if (s.deployedTo(env)) {
                    for (Change.Kind kind : List.of(Change.Kind.PROMOTE, Change.Kind.HOLD)) {
                        String branch = Change.branchOf(kind, s.name(), env);
                        List<CommitInfo> others = on(ws, baseBranch, branch, bot);
                        if (!others.isEmpty()) {
                            out.add(new EditedBranch(branch, s.name(), env, describe(others)));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The commits someone else made on {@code branch} on top of {@code baseBranch}, as {@code ws} last fetched them. */
    public static List<CommitInfo> on(GitWorkspace ws, String baseBranch, String branch, Identity bot) {
        Optional<CommitId> base = ws.remoteBranchHead(baseBranch);
        Optional<CommitId> head = ws.remoteBranchHead(branch);
        return base.isPresent() && head.isPresent() ? ws.commitsByOthers(base.get(), head.get(), bot) : List.of();
    }

    /** {@code 1a2b3c4d5e6f by Bob <bob@example.com>}: how the bot names someone's commit, everywhere. */
    public static List<String> describe(List<CommitInfo> commits) {
        return commits.stream().map(c -> c.id().hex().substring(0, 12) + " by " + c.author() + " <" + c.email() + ">")
                .toList();
    }
}
