package dev.deployer.bot.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Everything the fake GitHub remembers. Guarded by the {@link FakeGitHub}'s lock. */
final class FakeState {

    final Map<String, FakeRepo> repos = new LinkedHashMap<>();
    /** Accepted tokens and the login each acts as. */
    final Map<String, String> tokens = new HashMap<>();
    final Map<Long, AppRegistration> apps = new HashMap<>();
    private long nextId = 1_296_269;
    private int tick;

    record AppRegistration(long appId, java.security.PublicKey key, long installationId, String botLogin) {
    }

    FakeRepo createRepo(String owner, String name) {
        FakeRepo repo = new FakeRepo(owner, name, nextId++, "main");
        repos.put(key(owner, name), repo);
        return repo;
    }

    Optional<FakeRepo> repo(String owner, String name) {
        return Optional.ofNullable(repos.get(key(owner, name)));
    }

    /** GitHub refuses a second open pull request for the same head and base. */
    Optional<FakePull> openPull(FakeRepo repo, String head, String base) {
        return repo.pulls.values().stream()
                .filter(p -> p.isOpen() && p.head.equals(head) && p.base.equals(base))
                .findFirst();
    }

    FakePull createPull(FakeRepo repo, String author, String head, String base, String title, String body) {
        FakePull pr = new FakePull(repo, repo.nextNumber++, nextId++, author, head, base,
                GitHubJson.sha(repo.fullName() + ":" + head));
        pr.title = title;
        pr.body = body;
        pr.createdAt = now();
        pr.updatedAt = pr.createdAt;
        repo.pulls.put(pr.number, pr);
        return pr;
    }

    /** Records a report on {@code sha}, numbered like GitHub's ids. */
    void addCheck(FakeRepo repo, String sha, FakeCheck check) {
        FakeCheck numbered = new FakeCheck(nextId++, check.checkRun(), check.name(), check.state(), check.description(),
                check.url(), check.at());
        repo.checks.computeIfAbsent(sha, k -> new java.util.ArrayList<>()).add(numbered);
    }

    void touch(FakePull pr) {
        pr.updatedAt = now();
    }

    void merge(FakePull pr) {
        pr.merged = true;
        pr.state = "closed";
        pr.mergedAt = now();
        pr.closedAt = pr.mergedAt;
        pr.updatedAt = pr.mergedAt;
        pr.autoMergeMethod = null;
    }

    void close(FakePull pr) {
        pr.state = "closed";
        pr.closedAt = now();
        pr.updatedAt = pr.closedAt;
    }

    /** A deterministic clock: every change is one second after the previous one. */
    private String now() {
        return Instant.parse(GitHubJson.FIXED_TIME).plusSeconds(++tick).toString();
    }

    private static String key(String owner, String name) {
        return (owner + "/" + name).toLowerCase(java.util.Locale.ROOT);
    }
}
