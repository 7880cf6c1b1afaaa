package dev.deployer.bot.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * GitHub's JSON shapes (simple-user, repository, label, team, pull-request…) with every field
 * its description requires, and every URL pointing at the fake: hub4j follows {@code url}
 * fields and {@code Link} headers, so a github.com URL here would leave the test.
 */
final class GitHubJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final String FIXED_TIME = "2026-01-05T09:00:00Z";

    private final String api;
    private final String web;

    /** {@code api}: REST root ({@code http://127.0.0.1:PORT[/api/v3]}); {@code web}: the site root. */
    GitHubJson(String api, String web) {
        this.api = api;
        this.web = web;
    }

    ObjectNode user(String login) {
        // GitHub escapes bot logins in URLs: /users/deployer%5Bbot%5D
        String path = login.replace("[", "%5B").replace("]", "%5D");
        String u = api + "/users/" + path;
        return F.objectNode()
                .put("login", login).put("id", idOf(login)).put("node_id", "U_kgDO" + idOf(login))
                .put("avatar_url", web + "/avatars/" + path).put("gravatar_id", "")
                .put("url", u).put("html_url", login.endsWith("[bot]")
                        ? web + "/apps/" + login.substring(0, login.length() - 5) : web + "/" + login)
                .put("followers_url", u + "/followers").put("following_url", u + "/following{/other_user}")
                .put("gists_url", u + "/gists{/gist_id}").put("starred_url", u + "/starred{/owner}{/repo}")
                .put("subscriptions_url", u + "/subscriptions").put("organizations_url", u + "/orgs")
                .put("repos_url", u + "/repos").put("events_url", u + "/events{/privacy}")
                .put("received_events_url", u + "/received_events")
                .put("type", login.endsWith("[bot]") ? "Bot" : "User").put("site_admin", false)
                .put("user_view_type", "public");
    }

    /** GET /users/{username}: a public-user. */
    ObjectNode publicUser(String login) {
        ObjectNode user = user(login);
        user.putNull("name").putNull("company").putNull("blog").putNull("location").putNull("email")
                .putNull("hireable").putNull("bio");
        user.put("blog", "").put("public_repos", 1).put("public_gists", 0).put("followers", 0)
                .put("following", 0).put("created_at", FIXED_TIME).put("updated_at", FIXED_TIME);
        return user;
    }

    ObjectNode repository(FakeRepo repo) {
        String r = api + "/repos/" + repo.fullName();
        String host = web.replaceFirst("^https?://", "");
        ObjectNode json = F.objectNode()
                .put("id", repo.id).put("node_id", "R_kgDO" + repo.id).put("name", repo.name)
                .put("full_name", repo.fullName()).put("private", true).put("html_url", web + "/" + repo.fullName())
                .putNull("description").put("fork", false).put("url", r);
        json.set("owner", user(repo.owner));
        for (String plain : new String[] {"forks", "keys", "collaborators", "teams", "hooks", "issue_events",
            "events", "assignees", "branches", "tags", "blobs", "git_tags", "git_refs", "trees", "statuses",
            "languages", "stargazers", "contributors", "subscribers", "subscription", "commits", "git_commits",
            "comments", "issue_comment", "contents", "compare", "merges", "archive", "downloads", "issues", "pulls",
            "milestones", "notifications", "labels", "releases", "deployments"}) {
            json.put(plain + "_url", r + "/" + plain.replace('_', '/'));
        }
        json.put("git_url", "git://" + host + "/" + repo.fullName() + ".git")
                .put("ssh_url", "git@" + host + ":" + repo.fullName() + ".git")
                .put("clone_url", web + "/" + repo.fullName() + ".git").put("svn_url", web + "/" + repo.fullName())
                .putNull("homepage").putNull("mirror_url").putNull("language").putNull("license")
                .put("size", 1).put("stargazers_count", 0).put("watchers_count", 0).put("watchers", 0)
                .put("forks_count", 0).put("forks", 0).put("open_issues_count", openCount(repo))
                .put("open_issues", openCount(repo)).put("has_issues", true).put("has_projects", false)
                .put("has_wiki", false).put("has_pages", false).put("has_downloads", false)
                .put("archived", false).put("disabled", false).put("default_branch", repo.defaultBranch)
                .put("allow_auto_merge", repo.allowAutoMerge)
                .put("pushed_at", FIXED_TIME).put("created_at", FIXED_TIME).put("updated_at", FIXED_TIME);
        return json;
    }

    ObjectNode label(FakeRepo repo, String name) {
        return F.objectNode().put("id", idOf(name)).put("node_id", "LA_kwDO" + idOf(name))
                .put("url", api + "/repos/" + repo.fullName() + "/labels/" + name).put("name", name)
                .put("description", "").put("color", "ededed").put("default", false);
    }

    ObjectNode team(FakeRepo repo, String slug) {
        String t = api + "/orgs/" + repo.owner + "/teams/" + slug;
        return F.objectNode().put("id", idOf(slug)).put("node_id", "T_kwDO" + idOf(slug)).put("url", t)
                .put("html_url", web + "/orgs/" + repo.owner + "/teams/" + slug).put("name", slug).put("slug", slug)
                .putNull("description").put("privacy", "closed").put("notification_setting", "notifications_enabled")
                .put("permission", "pull").put("members_url", t + "/members{/member}")
                .put("repositories_url", t + "/repos").put("type", "organization").putNull("parent");
    }

    /** The full pull-request (GET one, create, update). */
    ObjectNode pull(FakePull pr) {
        ObjectNode json = simplePull(pr);
        json.put("merged", pr.merged).putNull("mergeable").putNull("rebaseable")
                .put("mergeable_state", "unknown").put("comments", pr.comments.size()).put("review_comments", 0)
                .put("maintainer_can_modify", true).put("commits", 1).put("additions", 1).put("deletions", 1)
                .put("changed_files", 1);
        if (pr.merged) {
            json.set("merged_by", user(pr.author));
        } else {
            json.putNull("merged_by");
        }
        return json;
    }

    /** The pull-request-simple of list responses. */
    ObjectNode simplePull(FakePull pr) {
        FakeRepo repo = pr.repo;
        String self = api + "/repos/" + repo.fullName() + "/pulls/" + pr.number;
        String issue = api + "/repos/" + repo.fullName() + "/issues/" + pr.number;
        String html = web + "/" + repo.fullName() + "/pull/" + pr.number;
        ObjectNode json = F.objectNode()
                .put("url", self).put("id", pr.id).put("node_id", pr.nodeId()).put("html_url", html)
                .put("diff_url", html + ".diff").put("patch_url", html + ".patch").put("issue_url", issue)
                .put("commits_url", self + "/commits").put("review_comments_url", self + "/comments")
                .put("review_comment_url", api + "/repos/" + repo.fullName() + "/pulls/comments{/number}")
                .put("comments_url", issue + "/comments")
                .put("statuses_url", api + "/repos/" + repo.fullName() + "/statuses/" + pr.headSha)
                .put("number", pr.number).put("state", pr.state).put("locked", false).put("title", pr.title)
                .put("body", pr.body).put("created_at", pr.createdAt).put("updated_at", pr.updatedAt)
                .put("closed_at", pr.closedAt).put("merged_at", pr.mergedAt)
                .put("merge_commit_sha", pr.merged ? sha("merge-" + pr.number) : null)
                .put("author_association", "MEMBER").put("draft", false);
        json.set("user", user(pr.author));
        json.putNull("assignee");
        json.putArray("assignees");
        json.putNull("milestone");
        ArrayNode labels = json.putArray("labels");
        pr.labels.forEach(l -> labels.add(label(repo, l)));
        ArrayNode reviewers = json.putArray("requested_reviewers");
        pr.requestedReviewers.forEach(r -> reviewers.add(user(r)));
        ArrayNode teams = json.putArray("requested_teams");
        pr.requestedTeams.forEach(t -> teams.add(team(repo, t)));
        json.set("head", ref(repo, pr.head, pr.headSha));
        json.set("base", ref(repo, pr.base, sha("base-" + pr.base)));
        json.set("_links", links(self, issue, html, repo, pr));
        if (pr.autoMergeMethod == null) {
            json.putNull("auto_merge");
        } else {
            json.putObject("auto_merge").put("merge_method", pr.autoMergeMethod).put("commit_title", pr.title)
                    .put("commit_message", "").set("enabled_by", user(pr.author));
        }
        return json;
    }

    ObjectNode comment(FakePull pr, int index, String body, String login) {
        String issue = api + "/repos/" + pr.repo.fullName() + "/issues/" + pr.number;
        long id = pr.id * 100 + index;
        ObjectNode json = F.objectNode().put("id", id).put("node_id", "IC_kwDO" + id)
                .put("url", api + "/repos/" + pr.repo.fullName() + "/issues/comments/" + id)
                .put("html_url", web + "/" + pr.repo.fullName() + "/pull/" + pr.number + "#issuecomment-" + id)
                .put("body", body).put("issue_url", issue).put("created_at", FIXED_TIME)
                .put("updated_at", FIXED_TIME).put("author_association", "MEMBER");
        json.set("user", user(login));
        return json;
    }

    ObjectNode review(FakePull pr, int index, String login, String state) {
        long id = pr.id * 1000 + index;
        String self = api + "/repos/" + pr.repo.fullName() + "/pulls/" + pr.number;
        String html = web + "/" + pr.repo.fullName() + "/pull/" + pr.number + "#pullrequestreview-" + id;
        ObjectNode json = F.objectNode().put("id", id).put("node_id", "PRR_kwDO" + id).put("body", "")
                .put("state", state).put("html_url", html).put("pull_request_url", self)
                .put("submitted_at", FIXED_TIME).put("commit_id", pr.headSha).put("author_association", "MEMBER");
        json.set("user", user(login));
        ObjectNode links = json.putObject("_links");
        links.putObject("html").put("href", html);
        links.putObject("pull_request").put("href", self);
        return json;
    }

    /** GET …/commits/{ref}/status: the latest status of each context, newest first, and their sum. */
    ObjectNode combinedStatus(FakeRepo repo, String sha, java.util.List<FakeCheck> latest) {
        String r = api + "/repos/" + repo.fullName();
        ObjectNode json = F.objectNode();
        boolean failed = latest.stream().anyMatch(c -> c.state().equals("failure") || c.state().equals("error"));
        boolean done = !latest.isEmpty() && latest.stream().allMatch(c -> c.state().equals("success"));
        json.put("state", failed ? "failure" : done ? "success" : "pending").put("sha", sha)
                .put("total_count", latest.size()).put("commit_url", r + "/commits/" + sha)
                .put("url", r + "/commits/" + sha + "/status");
        ArrayNode statuses = json.putArray("statuses");
        for (FakeCheck c : latest) {
            statuses.addObject().put("url", r + "/statuses/" + sha).put("avatar_url", web + "/avatars/deployer")
                    .put("id", c.id()).put("node_id", "SC_kwDO" + c.id()).put("state", c.state())
                    .put("description", c.description()).put("target_url", c.url().isEmpty() ? null : c.url())
                    .put("context", c.name()).put("created_at", c.at().toString()).put("updated_at", c.at().toString());
        }
        json.set("repository", repository(repo));
        return json;
    }

    /** GET …/commits/{ref}/check-runs: completed check runs, and running ones ({@code state} "in_progress"). */
    ObjectNode checkRuns(FakeRepo repo, String sha, java.util.List<FakeCheck> runs) {
        ObjectNode json = F.objectNode().put("total_count", runs.size());
        ArrayNode list = json.putArray("check_runs");
        for (FakeCheck c : runs) {
            String self = api + "/repos/" + repo.fullName() + "/check-runs/" + c.id();
            ObjectNode run = list.addObject().put("id", c.id()).put("node_id", "CR_kwDO" + c.id()).put("head_sha", sha)
                    .putNull("external_id").put("url", self).put("html_url", web + "/" + repo.fullName() + "/runs/" + c.id())
                    .put("details_url", c.url().isEmpty() ? null : c.url()).put("started_at", c.at().toString())
                    .put("name", c.name());
            boolean running = c.state().equals("in_progress");
            run.put("status", running ? "in_progress" : "completed").put("conclusion", running ? null : c.state())
                    .put("completed_at", running ? null : c.at().toString());
            run.putObject("output").put("title", c.description().isEmpty() ? null : c.description()).putNull("summary")
                    .putNull("text").put("annotations_count", 0).put("annotations_url", self + "/annotations");
            run.putObject("check_suite").put("id", c.id() + 1);
            run.putNull("app");
            run.putArray("pull_requests");
        }
        return json;
    }

    private ObjectNode ref(FakeRepo repo, String branch, String sha) {
        ObjectNode json = F.objectNode().put("label", repo.owner + ":" + branch).put("ref", branch).put("sha", sha);
        json.set("repo", repository(repo));
        json.set("user", user(repo.owner));
        return json;
    }

    private static ObjectNode links(String self, String issue, String html, FakeRepo repo, FakePull pr) {
        ObjectNode links = F.objectNode();
        links.putObject("self").put("href", self);
        links.putObject("html").put("href", html);
        links.putObject("issue").put("href", issue);
        links.putObject("comments").put("href", issue + "/comments");
        links.putObject("review_comments").put("href", self + "/comments");
        links.putObject("review_comment").put("href", self.replaceFirst("/\\d+$", "") + "/comments{/number}");
        links.putObject("commits").put("href", self + "/commits");
        links.putObject("statuses").put("href", self.replaceFirst("/pulls/\\d+$", "") + "/statuses/" + pr.headSha);
        return links;
    }

    private static int openCount(FakeRepo repo) {
        return (int) repo.pulls.values().stream().filter(FakePull::isOpen).count();
    }

    /** Stable small ids from names, so the same login always has the same id. */
    static long idOf(String name) {
        return 1000L + (name.toLowerCase(Locale.ROOT).hashCode() & 0xffffff);
    }

    /** A deterministic 40-hex "commit" for a seed. */
    static String sha(String seed) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-1")
                    .digest(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
