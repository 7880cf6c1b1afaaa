package dev.deployer.bot.scm.github;

import dev.deployer.bot.scm.CommitCheck;
import dev.deployer.bot.scm.Ensured;
import dev.deployer.bot.scm.PullRequest;
import dev.deployer.bot.scm.PullRequestChanges;
import dev.deployer.bot.scm.PullRequestSpec;
import dev.deployer.bot.scm.RepoId;
import dev.deployer.bot.scm.ScmProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.kohsuke.github.GHIssueComment;
import org.kohsuke.github.GHIssueState;
import org.kohsuke.github.GHPullRequest;
import org.kohsuke.github.GHPullRequestReview;
import org.kohsuke.github.GHRepository;

/**
 * {@link ScmProvider} for GitHub and GitHub Enterprise Server, on hub4j's github-api. Calls
 * per operation (see docs/github.md): a new pull request with labels, users, teams and
 * auto-merge costs 6; finding an identical one costs 1.
 *
 * <p>hub4j needs its own object to write to a pull request; the ones read in this pass are
 * kept as handles (only their number and repository are used) so a write does not re-read.
 */
public final class GitHubProvider implements ScmProvider {

    private final RepoId repoId;
    private final GHRepository repo;
    private final ApiCalls calls;
    private final AutoMergeClient autoMerge;
    private final CommitChecks checks;
    private final Map<Integer, GHPullRequest> handles = new ConcurrentHashMap<>();

    GitHubProvider(RepoId repoId, GHRepository repo, ApiCalls calls, AutoMergeClient autoMerge, CommitChecks checks) {
        this.repoId = repoId;
        this.repo = repo;
        this.calls = calls;
        this.autoMerge = autoMerge;
        this.checks = checks;
    }

    /** Connects without calling GitHub; the first operation is the first call. */
    public static GitHubProvider connect(GitHubSettings settings) {
        return ProviderWiring.connect(settings);
    }

    public RepoId repository() {
        return repoId;
    }

    @Override
    public Optional<PullRequest> findOpen(String head, String base) {
        return calls.run("looking for an open pull request " + head + " → " + base + " in " + repoId, () -> {
            // hub4j prefixes head with "owner:", as GitHub's filter wants
            for (GHPullRequest pr : repo.queryPullRequests().state(GHIssueState.OPEN).head(head).base(base).list()) {
                return Optional.of(remember(pr));
            }
            return Optional.empty();
        });
    }

    @Override
    public List<PullRequest> listOpen(Set<String> labels) {
        Set<String> wanted = labels.stream().map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return calls.run("listing open pull requests in " + repoId, () -> {
            List<PullRequest> result = new ArrayList<>();
            for (GHPullRequest pr : repo.queryPullRequests().state(GHIssueState.OPEN).list().withPageSize(100)) {
                PullRequest read = remember(pr);
                if (read.labels().stream().map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toSet())
                        .containsAll(wanted)) {
                    result.add(read);
                }
            }
            return result;
        });
    }

    @Override
    public PullRequest open(PullRequestSpec spec) {
        GHPullRequest created = calls.run("creating pull request " + spec.head() + " → " + spec.base() + " in "
                + repoId, () -> repo.createPullRequest(spec.title(), spec.head(), spec.base(), spec.body()));
        PullRequest pr = calls.run("reading the new pull request", () -> remember(created));
        return write(created, pr, PullRequestChanges.afterCreate(spec));
    }

    @Override
    public Ensured update(PullRequest current, PullRequestSpec spec) {
        PullRequestChanges changes = PullRequestChanges.between(current, spec);
        if (changes.needsReviewers()) {
            changes = changes.withoutReviewsGiven(reviewersWhoReviewed(current.number()));
        }
        if (changes.isEmpty()) {
            return new Ensured(Ensured.Action.UNCHANGED, current);
        }
        return new Ensured(Ensured.Action.UPDATED, write(handle(current.number()), current, changes));
    }

    @Override
    public void close(int number, String comment) {
        GHPullRequest pr = handle(number);
        if (pr.getState() == GHIssueState.CLOSED) {
            return;
        }
        if (comment != null && !comment.isBlank()) {
            calls.run("commenting on pull request #" + number, () -> pr.comment(comment));
        }
        calls.runVoid("closing pull request #" + number, () -> {
            pr.close();
            return null;
        });
        handles.remove(number);
    }

    @Override
    public List<CommitCheck> checks(String sha) {
        return checks.on(sha);
    }

    @Override
    public void disableAutoMerge(PullRequest pr) {
        autoMerge.disable(pr.number(), handle(pr.number()).getNodeId());
    }

    @Override
    public boolean commentOnce(int number, String marker, String comment) {
        GHPullRequest pr = handle(number);
        boolean said = calls.run("reading the comments of pull request #" + number, () -> {
            for (GHIssueComment c : pr.listComments()) {
                if (c.getBody() != null && c.getBody().contains(marker)) {
                    return true;
                }
            }
            return false;
        });
        if (!said) {
            calls.run("commenting on pull request #" + number, () -> pr.comment(comment));
        }
        return !said;
    }

    private PullRequest write(GHPullRequest pr, PullRequest current, PullRequestChanges changes) {
        String n = "pull request #" + current.number();
        changes.title().ifPresent(title -> calls.runVoid("retitling " + n, () -> {
            pr.setTitle(title);
            return null;
        }));
        changes.body().ifPresent(body -> calls.runVoid("updating the description of " + n, () -> {
            pr.setBody(body);
            return null;
        }));
        if (!changes.labelsToAdd().isEmpty()) {
            calls.run("labelling " + n + " " + changes.labelsToAdd(),
                    () -> pr.addLabels(changes.labelsToAdd().toArray(String[]::new)));
        }
        if (!changes.reviewersToRequest().isEmpty()) {
            calls.runVoid("requesting reviews on " + n + " from " + changes.reviewersToRequest(), () -> {
                pr.requestReviewers(HubModels.users(changes.reviewersToRequest()));
                return null;
            });
        }
        if (!changes.teamsToRequest().isEmpty()) {
            calls.runVoid("requesting reviews on " + n + " from teams " + changes.teamsToRequest(), () -> {
                pr.requestTeamReviewers(HubModels.teams(changes.teamsToRequest()));
                return null;
            });
        }
        changes.autoMergeToEnable().ifPresent(method -> autoMerge.enable(current.number(), pr.getNodeId(), method));
        return changes.applyTo(current);
    }

    /** Logins that already reviewed: GitHub no longer lists them as requested. */
    private List<String> reviewersWhoReviewed(int number) {
        GHPullRequest pr = handle(number);
        return calls.run("reading the reviews of pull request #" + number, () -> {
            List<String> logins = new ArrayList<>();
            for (GHPullRequestReview review : pr.listReviews()) {
                // hub4j resolves the reviewer through GET /users/{login}, once per login and run
                logins.add(review.getUser().getLogin());
            }
            return logins;
        });
    }

    private GHPullRequest handle(int number) {
        GHPullRequest known = handles.get(number);
        if (known != null) {
            return known;
        }
        GHPullRequest read = calls.run("reading pull request #" + number + " of " + repoId,
                () -> repo.getPullRequest(number));
        handles.put(number, read);
        return read;
    }

    private PullRequest remember(GHPullRequest pr) throws java.io.IOException {
        handles.put(pr.getNumber(), pr);
        return HubModels.pullRequest(pr);
    }
}
