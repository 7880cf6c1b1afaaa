package dev.deployer.bot.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a GitHub webhook event into what the bot should do: a merged pull request from one of the
 * bot's branches (the promotion or hold it proposed is now on the base branch: reconcile that
 * service), a push to the base branch (reconcile the services whose files changed), and a commit
 * status or completed check run on the base branch (a controller reported health: reconcile all,
 * so a promotion gate that opened is acted on at once). Everything else is acknowledged and
 * ignored; the periodic reconcile catches anything a missed event would have caught, and is what
 * re-evaluates time-based gates (soak, freeze).
 */
final class GitHubEvents {

    /** {@code deployer/<env>/<service>} and {@code deployer-hold/<env>/<service>}: see {@code Change.branch()}. */
    private static final Pattern BOT_BRANCH = Pattern.compile("^deployer(?:-hold)?/([^/]+)/([^/]+)$");
    private static final Pattern SERVICE_PATH = Pattern.compile("^services/([^/]+)/.+");
    /** GitHub lists at most 20 commits in a push payload; with that many, some may be missing. */
    private static final int PUSH_COMMITS_LISTED = 20;

    private final String baseBranch;

    GitHubEvents(String baseBranch) {
        this.baseBranch = baseBranch;
    }

    Trigger parse(String event, JsonNode payload) {
        return switch (event) {
            case "pull_request" -> pullRequest(payload);
            case "push" -> push(payload);
            case "status" -> status(payload);
            case "check_run" -> checkRun(payload);
            default -> new Trigger.Ignore("event '" + event + "'");
        };
    }

    private Trigger pullRequest(JsonNode p) {
        JsonNode pr = p.path("pull_request");
        String head = pr.path("head").path("ref").asText("");
        if (!p.path("action").asText("").equals("closed") || !pr.path("merged").asBoolean(false)) {
            return new Trigger.Ignore("pull request " + p.path("action").asText("?") + ", not merged");
        }
        if (!pr.path("base").path("ref").asText("").equals(baseBranch)) {
            return new Trigger.Ignore("merged into " + pr.path("base").path("ref").asText("?") + ", not " + baseBranch);
        }
        Matcher m = BOT_BRANCH.matcher(head);
        if (!m.matches()) {
            return new Trigger.Ignore("merged from " + head + ", not a deployer branch (the push event covers it)");
        }
        return new Trigger.Reconcile(Set.of(m.group(2)), "merged #" + pr.path("number").asInt() + " from " + head);
    }

    private Trigger push(JsonNode p) {
        String ref = p.path("ref").asText("");
        if (!ref.equals("refs/heads/" + baseBranch)) {
            return new Trigger.Ignore("push to " + ref + ", not refs/heads/" + baseBranch);
        }
        if (p.path("deleted").asBoolean(false)) {
            return new Trigger.Ignore("the base branch was deleted");
        }
        JsonNode commits = p.path("commits");
        if (!commits.isArray() || commits.isEmpty() || commits.size() >= PUSH_COMMITS_LISTED) {
            return new Trigger.Reconcile(Set.of(), "push to " + baseBranch + " without a full list of changes");
        }
        Set<String> services = new TreeSet<>();
        for (JsonNode c : commits) {
            for (String kind : new String[] {"added", "modified", "removed"}) {
                for (JsonNode path : c.path(kind)) {
                    if (affectsAll(path.asText(""))) {
                        return new Trigger.Reconcile(Set.of(), "push to " + baseBranch + " changed " + path.asText());
                    }
                    Matcher m = SERVICE_PATH.matcher(path.asText(""));
                    if (m.matches()) {
                        services.add(m.group(1));
                    }
                }
            }
        }
        return services.isEmpty() ? new Trigger.Ignore("push to " + baseBranch + " changed no service or setting")
                : new Trigger.Reconcile(services, "push to " + baseBranch);
    }

    /**
     * A controller reported on a commit of the base branch: a healthy gate may have opened (or
     * closed), so every service is re-evaluated at once rather than at the next resync.
     */
    private Trigger status(JsonNode p) {
        String context = p.path("context").asText("");
        if (p.path("state").asText("").equals("pending")) {
            return new Trigger.Ignore("status " + context + " pending");
        }
        for (JsonNode branch : p.path("branches")) {
            if (branch.path("name").asText("").equals(baseBranch)) {
                return new Trigger.Reconcile(Set.of(), "status " + context + " " + p.path("state").asText());
            }
        }
        return new Trigger.Ignore("status " + context + " on a commit not on " + baseBranch);
    }

    private Trigger checkRun(JsonNode p) {
        JsonNode run = p.path("check_run");
        String name = run.path("name").asText("");
        if (!p.path("action").asText("").equals("completed")) {
            return new Trigger.Ignore("check run " + name + " " + p.path("action").asText("?"));
        }
        if (!run.path("check_suite").path("head_branch").asText("").equals(baseBranch)) {
            return new Trigger.Ignore("check run " + name + " on a commit not on " + baseBranch);
        }
        return new Trigger.Reconcile(Set.of(), "check run " + name + " " + run.path("conclusion").asText(""));
    }

    /** Settings every service's promotion depends on: environment order, profiles, templates. */
    private static boolean affectsAll(String path) {
        return path.equals("deployer.yaml") || path.startsWith("environments/") || path.startsWith("templates/");
    }
}
