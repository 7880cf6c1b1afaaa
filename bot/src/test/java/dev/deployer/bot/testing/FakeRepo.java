package dev.deployer.bot.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/** A repository inside the fake: its pull requests, and settings tests may flip. */
public final class FakeRepo {

    final String owner;
    final String name;
    final long id;
    final String defaultBranch;
    final Map<Integer, FakePull> pulls = new LinkedHashMap<>();
    /** Commit statuses and check runs per commit sha, oldest first. */
    final Map<String, java.util.List<FakeCheck>> checks = new LinkedHashMap<>();
    /** GitHub numbers issues and pull requests from one sequence. */
    int nextNumber = 1;
    boolean allowAutoMerge = true;

    FakeRepo(String owner, String name, long id, String defaultBranch) {
        this.owner = owner;
        this.name = name;
        this.id = id;
        this.defaultBranch = defaultBranch;
    }

    public String fullName() {
        return owner + "/" + name;
    }

    /** Whether "Allow auto-merge" is on in the repository settings (GitHub's default is off; the fake's on). */
    public FakeRepo allowAutoMerge(boolean allowed) {
        this.allowAutoMerge = allowed;
        return this;
    }
}
