package dev.deployer.bot.gate;

import dev.deployer.bot.git.CommitInfo;
import dev.deployer.bot.scm.CommitCheck;
import dev.deployer.controller.StatusContexts;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How {@code service} is doing in {@code env}, from the reports on the base branch's commits
 * since the version landed there (each head the branch had since then runs that version). The
 * newest report decides; for a healthy one, older commits are read back while they stay healthy,
 * to find since when, and no further than the soak needs.
 */
final class HealthReading {

    /** What the reports say. {@code since}: the start of the healthy run (SUCCESS only). */
    record Health(Optional<CommitCheck> report, String commit, Optional<Instant> since) {
        CommitCheck.State state() {
            return report.map(CommitCheck::state).orElse(CommitCheck.State.PENDING);
        }
    }

    private final Function<String, List<CommitCheck>> checks;

    /** {@code checks}: the reports on a commit ({@code ScmProvider.checks}). */
    HealthReading(Function<String, List<CommitCheck>> checks) {
        this.checks = checks;
    }

    /** {@code commits}: newest first, ending with the one the version landed in. */
    Health read(List<CommitInfo> commits, String service, String env, Duration soak, Instant now) {
        Health found = null;
        for (CommitInfo commit : commits) {
            Optional<CommitCheck> report = newest(commit, service, env);
            if (report.isEmpty()) {
                continue;
            }
            if (found == null) {
                found = new Health(report, commit.id().hex(), Optional.of(report.get().at()));
                if (report.get().state() != CommitCheck.State.SUCCESS) {
                    return new Health(report, commit.id().hex(), Optional.empty());
                }
            } else if (report.get().state() == CommitCheck.State.SUCCESS) {
                found = new Health(found.report(), found.commit(), Optional.of(report.get().at()));
            } else {
                break;
            }
            if (!found.since().orElseThrow().isAfter(now.minus(soak))) {
                break;  // healthy long enough: older reports cannot change the decision
            }
        }
        return found == null ? new Health(Optional.empty(), "", Optional.empty()) : found;
    }

    private Optional<CommitCheck> newest(CommitInfo commit, String service, String env) {
        return checks.apply(commit.id().hex()).stream()
                .filter(c -> StatusContexts.reports(c.name(), service, env))
                .max(Comparator.comparing(CommitCheck::at));
    }
}
