package dev.deployer.bot.scm.github;

import dev.deployer.bot.scm.MergeMethod;
import dev.deployer.bot.scm.PullRequest;
import dev.deployer.bot.scm.RepoId;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import org.kohsuke.github.GHEventPayload;
import org.kohsuke.github.GHIssueState;
import org.kohsuke.github.GHLabel;
import org.kohsuke.github.GHPullRequest;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GHTeam;
import org.kohsuke.github.GHUser;
import org.kohsuke.github.GitHub;

/** Conversions between hub4j's model objects and ours; nothing here calls GitHub. */
final class HubModels {

    private HubModels() {
    }

    /**
     * A repository handle without {@code GET /repos/{owner}/{repo}}. hub4j only addresses
     * {@code /repos/{full_name}/…} with it, and that round trip would be paid on every run for
     * nothing we do not know. hub4j binds webhook payloads to a live client, so we bind a
     * minimal payload: its public, supported way to get a repository object without a call.
     */
    static GHRepository repository(GitHub github, RepoId id, URI apiUrl) throws IOException {
        String json = "{\"repository\":{\"name\":\"" + id.name() + "\",\"full_name\":\"" + id + "\",\"url\":\""
                + apiUrl + "/repos/" + id + "\",\"owner\":{\"login\":\"" + id.owner() + "\"}}}";
        return github.parseEventPayload(new StringReader(json), GHEventPayload.Ping.class).getRepository();
    }

    static PullRequest pullRequest(GHPullRequest pr) throws IOException {
        return new PullRequest(
                pr.getNumber(),
                uri(pr.getHtmlUrl()),
                pr.getHead().getRef(),
                pr.getBase().getRef(),
                pr.getTitle(),
                pr.getBody(),
                pr.getState() == GHIssueState.OPEN ? PullRequest.State.OPEN : PullRequest.State.CLOSED,
                pr.getLabels().stream().map(GHLabel::getName).toList(),
                pr.getRequestedReviewers().stream().map(GHUser::getLogin).toList(),
                pr.getRequestedTeams().stream().map(GHTeam::getSlug).toList(),
                pr.getHead().getSha(),
                // getMergedAt reads the field; isMerged() would GET the pull request again
                pr.getMergedAt() != null,
                autoMerge(pr.getAutoMerge()));
    }

    private static Optional<MergeMethod> autoMerge(GHPullRequest.AutoMerge autoMerge) {
        if (autoMerge == null || autoMerge.getMergeMethod() == null) {
            return Optional.empty();
        }
        return Optional.of(MergeMethod.valueOf(autoMerge.getMergeMethod().name()));
    }

    private static URI uri(java.net.URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("GitHub sent an invalid html_url: " + url, e);
        }
    }

    /**
     * hub4j asks for user objects to request reviews but sends only their logins; a lookup
     * per reviewer would cost a call each.
     */
    static List<GHUser> users(List<String> logins) {
        return logins.stream().<GHUser>map(LoginOnly::new).toList();
    }

    /** Same for teams: only the slug is sent. */
    static List<GHTeam> teams(List<String> slugs) {
        return slugs.stream().<GHTeam>map(SlugOnly::new).toList();
    }

    private static final class LoginOnly extends GHUser {
        LoginOnly(String login) {
            this.login = login;
        }
    }

    private static final class SlugOnly extends GHTeam {
        private final String slug;

        SlugOnly(String slug) {
            this.slug = slug;
        }

        @Override
        public String getSlug() {
            return slug;
        }
    }
}
