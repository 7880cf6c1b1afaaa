package dev.deployer.bot.pr;

import dev.deployer.bot.plan.Change;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title and body of a promotion pull request: what moves where (a table of images from →
 * to), the promotion path so far, a compare link for the application's changes, and the
 * rendered diff, collapsed and trimmed to fit GitHub's body limit. The body ends with a hidden
 * marker so that the bot can tell which version an open PR carries without guessing.
 */
public final class PullRequestText {

    /** GitHub refuses bodies over 65,536 characters; keep room for the rest of the text. */
    static final int MAX_BODY = 60_000;
    private static final Pattern MARKER =
            Pattern.compile("<!-- deployer: service=(\\S+) env=(\\S+) version=(\\S*)(?: kind=(\\S+))? -->");

    private PullRequestText() {
    }

    /** An image of one component before and after the change. */
    public record ImageChange(String component, String repository, String from, String to) {
    }

    /**
     * What an open PR says it carries, read back from its marker.
     *
     * @param kind what the PR does ({@link Change.Kind#id()}: {@code promote}, {@code rollback}, …);
     *             "" in a marker that does not say
     */
    public record Marker(String service, String env, String version, String kind) {

        /** A promotion: the only kind of PR that {@code deployer bot reconcile} may replace. */
        public boolean isPromotion() {
            return kind.equals(Change.Kind.PROMOTE.id());
        }
    }

    /**
     * What a PR body says besides the change itself.
     *
     * @param trigger what asked for the change (e.g. a new registry tag), said under the title; "" for none
     * @param gates   the promotion gates' section ({@link GateText}), after the application changes; "" for none
     */
    public record Notes(String trigger, String gates) {
        public static final Notes NONE = new Notes("", "");

        public Notes {
            trigger = trigger == null ? "" : trigger;
            gates = gates == null ? "" : gates;
        }
    }

    public static String title(Change change) {
        return change.title();
    }

    /**
     * @param path        environment → version after this change, in promotion order
     * @param compareUrl  a link to the application's changes between the versions, if known
     * @param diff        the rendered diff (unified), possibly empty
     */
    public static String body(Change change, List<ImageChange> images, Map<String, String> path,
                              Optional<String> compareUrl, String diff) {
        return body(change, images, path, compareUrl, diff, Notes.NONE);
    }

    /** ... with {@code notes}: what triggered the change, the promotion gates. */
    public static String body(Change change, List<ImageChange> images, Map<String, String> path,
                              Optional<String> compareUrl, String diff, Notes notes) {
        if (!change.changesVersion() && change.changesHold()) {
            return HoldText.body(change, diff);
        }
        StringBuilder b = new StringBuilder();
        b.append("**").append(change.title()).append("**")
                .append(change.fromVersion().isEmpty() ? "" : " (now " + change.fromVersion() + ")").append("\n\n");
        if (!notes.trigger().isEmpty()) {
            b.append(notes.trigger()).append("\n\n");
        }
        b.append("| component | image | from | to |\n| --- | --- | --- | --- |\n");
        for (ImageChange i : images) {
            b.append("| ").append(i.component()).append(" | `").append(i.repository()).append("` | ")
                    .append(i.from().isEmpty() ? "–" : "`" + i.from() + "`").append(" | `").append(i.to()).append("` |\n");
        }
        b.append("\n**Promotion path:** ").append(path(change, path)).append("\n");
        compareUrl.ifPresent(u -> b.append("\n**Application changes:** ").append(u).append("\n"));
        b.append(notes.gates());
        b.append("\nMerging this pull request deploys it")
                .append(change.env().isEmpty() ? "" : " to `" + change.env() + "`").append(".\n");
        if (change.changesHold()) {
            b.append(HoldText.alsoHolds(change));
        }
        String footer = "\n" + marker(change) + "\n";
        b.append(diffSection(diff, MAX_BODY - b.length() - footer.length()));
        b.append(footer);
        return b.toString();
    }

    public static String marker(Change change) {
        return "<!-- deployer: service=" + change.service() + " env=" + change.env() + " version=" + change.toVersion()
                + " kind=" + change.kind().id() + " -->";
    }

    public static Optional<Marker> readMarker(String body) {
        Matcher m = MARKER.matcher(body == null ? "" : body);
        return m.find() ? Optional.of(new Marker(m.group(1), m.group(2), m.group(3),
                m.group(4) == null ? "" : m.group(4))) : Optional.empty();
    }

    /** {@code <appRepoURL>/compare/<from>...<to>} for GitHub-style hosts. */
    public static Optional<String> compareUrl(String appRepoUrl, String from, String to) {
        if (appRepoUrl.isBlank() || from.isBlank() || from.equals(to)) {
            return Optional.empty();
        }
        String base = appRepoUrl.endsWith(".git") ? appRepoUrl.substring(0, appRepoUrl.length() - 4) : appRepoUrl;
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return Optional.of(base + "/compare/" + from + "..." + to);
    }

    private static String path(Change change, Map<String, String> versions) {
        StringBuilder p = new StringBuilder();
        for (Map.Entry<String, String> e : versions.entrySet()) {
            if (p.length() > 0) {
                p.append(" → ");
            }
            boolean here = e.getKey().equals(change.env());
            p.append(here ? "**" : "").append(e.getKey()).append(" `").append(e.getValue()).append("`")
                    .append(here ? " (this PR)**" : "");
        }
        return p.toString();
    }

    static String diffSection(String diff, int budget) {
        if (diff.isEmpty()) {
            return "\n_The rendered manifests do not change._\n";
        }
        String open = "\n<details><summary>Rendered diff</summary>\n\n```diff\n";
        String close = "```\n\n</details>\n";
        int room = budget - open.length() - close.length() - 200;
        if (diff.length() <= room) {
            return open + diff + close;
        }
        int cut = Math.max(0, diff.lastIndexOf('\n', Math.max(0, room)) + 1);
        long omitted = diff.substring(cut).lines().count();
        return open + diff.substring(0, cut) + close + "\n_The diff was trimmed to fit: " + omitted
                + " more lines. See the Files tab, or run `deployer diff` on the branch._\n";
    }
}
