package dev.deployer.bot.plan;

import dev.deployer.bot.git.CommitInfo;
import dev.deployer.bot.git.GitWorkspace;
import dev.deployer.bot.plan.Hold;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YamlParser;
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

    /**
     * One deployment: the version that commit put in place.
     *
     * @param rolledBackFrom when a rollback put it in place, the version it left (its hold says), else ""
     */
    public record Entry(String version, Instant date, String author, String email, String commit, OptionalInt pullRequest,
                        String subject, String rolledBackFrom) {
    }

    private VersionHistory() {
    }

    public static List<Entry> of(GitWorkspace ws, String valuesFile, String ref, int limit) {
        List<Entry> out = new ArrayList<>();
        for (CommitInfo c : ws.log(valuesFile, ref)) {
            Optional<YMap> values = ws.readFileAt(c.id(), valuesFile).flatMap(VersionHistory::values);
            String version = values.flatMap(v -> v.string("version")).orElse("");
            if (version.isEmpty()) {
                continue;
            }
            String rolledBackFrom = values.flatMap(v -> v.map("hold")).map(h -> Hold.read(h).rolledBackFrom()).orElse("");
            Entry newer = out.isEmpty() ? null : out.get(out.size() - 1);
            if (newer != null && version.equals(newer.version())) {
                // An older commit with the same version: the deployment happened there, not later.
                out.set(out.size() - 1, entry(version, c, rolledBackFrom.isEmpty() ? newer.rolledBackFrom() : rolledBackFrom));
                continue;
            }
            if (out.size() == limit) {
                break;
            }
            out.add(entry(version, c, rolledBackFrom));
        }
        return out;
    }

    private static Entry entry(String version, CommitInfo c, String rolledBackFrom) {
        return new Entry(version, c.date(), c.author(), c.email(), c.id().hex(), c.pullRequest(), c.subject(), rolledBackFrom);
    }

    private static Optional<YMap> values(String text) {
        try {
            return YamlParser.parseOne(text, "values") instanceof YMap m ? Optional.of(m) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
