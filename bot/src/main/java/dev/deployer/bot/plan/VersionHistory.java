package dev.deployer.bot.plan;

import dev.deployer.bot.git.CommitInfo;
import dev.deployer.bot.git.GitWorkspace;
import dev.deployer.bot.plan.Versions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The versions an environment ran, from git: every first-parent commit that changed the
 * {@code version} in the service's values file, newest first, with who, when and which PR.
 */
public final class VersionHistory {

    /** One deployment: the version that commit put in place. */
    public record Entry(String version, Instant date, String author, String email, String commit, OptionalInt pullRequest,
                        String subject) {
    }

    private VersionHistory() {
    }

    public static List<Entry> of(GitWorkspace ws, String valuesFile, String ref, int limit) {
        List<Entry> out = new ArrayList<>();
        String newer = null;
        for (CommitInfo c : ws.log(valuesFile, ref)) {
            String version = ws.readFileAt(c.id(), valuesFile).flatMap(Versions::inText).orElse("");
            if (version.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && version.equals(out.get(out.size() - 1).version())) {
                // An older commit with the same version: the deployment happened there, not later.
                out.set(out.size() - 1, entry(version, c));
                continue;
            }
            if (out.size() == limit) {
                break;
            }
            out.add(entry(version, c));
            newer = version;
        }
        return out;
    }

    /** The version before the current one: what a rollback goes back to. */
    public static Optional<String> previous(List<Entry> history) {
        return history.size() < 2 ? Optional.empty() : Optional.of(history.get(1).version());
    }

    private static Entry entry(String version, CommitInfo c) {
        return new Entry(version, c.date(), c.author(), c.email(), c.id().hex(), c.pullRequest(), c.subject());
    }
}
