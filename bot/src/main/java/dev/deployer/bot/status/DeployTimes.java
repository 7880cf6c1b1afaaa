package dev.deployer.bot.status;

import dev.deployer.bot.git.GitWorkspace;
import dev.deployer.bot.plan.Versions;
import dev.deployer.load.Repo;
import dev.deployer.load.ServiceSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * When each environment got the version it runs now: the first-parent commit that put that
 * version into its values file (a later edit that kept the version, such as a hold, does not
 * count). One walk of the history for the whole repository.
 */
public final class DeployTimes {

    /** @param at the commit's time, ISO 8601 UTC */
    public record Deployed(String at, String commit) {
    }

    private record Cell(String service, String env, String version) {
    }

    private DeployTimes() {
    }

    /** Service → environment → when; cells whose version no commit of {@code ref} introduced are left out. */
    public static Map<String, Map<String, Deployed>> read(GitWorkspace ws, String ref, Repo repo) {
        Map<String, Cell> open = new HashMap<>();
        for (ServiceSource s : repo.services()) {
            s.valuesFiles().forEach((env, file) -> Versions.of(s, env).ifPresent(v -> open.put(file, new Cell(s.name(), env, v))));
        }
        Map<String, Map<String, Deployed>> out = new TreeMap<>();
        ws.changes(ref, Map.copyOf(open).keySet(), (commit, path, before, after) -> {
            Cell cell = open.remove(path);
            if (cell != null && cell.version().equals(version(after)) && !cell.version().equals(version(before))) {
                out.computeIfAbsent(cell.service(), k -> new TreeMap<>())
                        .put(cell.env(), new Deployed(commit.date().toString(), commit.id().hex()));
            } else if (cell != null && cell.version().equals(version(before))) {
                open.put(path, cell); // the version was already there: an older commit brought it
            }
            return !open.isEmpty();
        });
        return out;
    }

    private static String version(Optional<String> text) {
        return text.flatMap(Versions::inText).orElse("");
    }
}
