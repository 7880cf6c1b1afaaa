package dev.deployer.bot.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One pull request inside the fake. Tests read it through the getters; only the fake changes
 * it, through GitHub's API or through {@link FakeGitHub}'s simulated human actions.
 */
public final class FakePull {

    final FakeRepo repo;
    final int number;
    final long id;
    final String author;
    final String head;
    final String base;
    String title;
    String body;
    String headSha;
    String state = "open";
    boolean merged;
    String mergedAt;
    String closedAt;
    String createdAt;
    String updatedAt;
    String autoMergeMethod;
    final Set<String> labels = new LinkedHashSet<>();
    final Set<String> requestedReviewers = new LinkedHashSet<>();
    final Set<String> requestedTeams = new LinkedHashSet<>();
    final List<String[]> reviews = new ArrayList<>();   // {login, state}
    final List<String> comments = new ArrayList<>();
    final List<String> commenters = new ArrayList<>();

    FakePull(FakeRepo repo, int number, long id, String author, String head, String base, String headSha) {
        this.repo = repo;
        this.number = number;
        this.id = id;
        this.author = author;
        this.head = head;
        this.base = base;
        this.headSha = headSha;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String head() {
        return head;
    }

    public String base() {
        return base;
    }

    public boolean isOpen() {
        return state.equals("open");
    }

    public boolean isMerged() {
        return merged;
    }

    public List<String> labels() {
        return List.copyOf(labels);
    }

    public List<String> requestedReviewers() {
        return List.copyOf(requestedReviewers);
    }

    public List<String> requestedTeams() {
        return List.copyOf(requestedTeams);
    }

    public List<String> comments() {
        return List.copyOf(comments);
    }

    /** The merge method auto-merge is set to ("squash"…), or null when it is off. */
    public String autoMergeMethod() {
        return autoMergeMethod;
    }

    public String nodeId() {
        return "PR_kwDO" + repo.id + "z" + number;
    }
}
