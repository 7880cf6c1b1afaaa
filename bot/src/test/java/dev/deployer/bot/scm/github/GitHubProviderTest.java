package dev.deployer.bot.scm.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.scm.AutoMerge;
import dev.deployer.bot.scm.Ensured;
import dev.deployer.bot.scm.MergeMethod;
import dev.deployer.bot.scm.PullRequestSpec;
import dev.deployer.bot.testing.FakeGitHub;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GitHubProviderTest {

    @RegisterExtension
    final FakeGitHub github = FakeGitHub.start();

    private final PullRequestSpec spec = PullRequestSpec.of("promote/carts-stage", "main",
                    "promote carts v1.3.0 to stage", "carts v1.2.0 → v1.3.0")
            .withLabels("deployer", "promotion")
            .withReviewers(List.of("alice"), List.of("stage-approvers"))
            .withAutoMerge(AutoMerge.with(MergeMethod.SQUASH));

    @Test
    void createsThenAdoptsWithoutWriting() {
        GitHubProvider scm = GitHubProvider.connect(github.settings());
        Ensured created = scm.ensure(spec);
        System.out.println("new PR: " + github.callSummary());
        assertEquals(Ensured.Action.CREATED, created.action());
        github.resetCalls();
        Ensured again = GitHubProvider.connect(github.settings()).ensure(spec);
        System.out.println("no-op: " + github.callSummary());
        assertEquals(Ensured.Action.UNCHANGED, again.action());
        assertTrue(github.violations().isEmpty(), String.join("\n", github.violations()));
    }
}
