package dev.deployer.bot.scm;

import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A hosted repository, {@code owner/name}, as the hosting API addresses it. */
public record RepoId(String owner, String name) {

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.-]+");
    // https://host/owner/name(.git), ssh://git@host(:port)/owner/name(.git), with optional
    // user info and a path prefix (GitHub Enterprise may serve from a sub-path).
    private static final Pattern URL_FORM =
            Pattern.compile("^(?:https?|ssh|git)://(?:[^@/]+@)?[^/]+/(?:.*/)?([^/]+)/([^/]+?)(?:\\.git)?/?$");
    // scp-like: git@host:owner/name(.git)
    private static final Pattern SCP_FORM = Pattern.compile("^(?:[^@/]+@)?[^:/]+:([^/]+)/([^/]+?)(?:\\.git)?/?$");

    public RepoId {
        if (owner == null || !PART.matcher(owner).matches()) {
            throw new IllegalArgumentException("not a repository owner: " + owner);
        }
        if (name == null || !PART.matcher(name).matches()) {
            throw new IllegalArgumentException("not a repository name: " + name);
        }
    }

    /** {@code owner/name}. */
    public static RepoId parse(String fullName) {
        String[] parts = fullName.split("/", -1);
        if (parts.length != 2 || !PART.matcher(parts[0]).matches() || !PART.matcher(parts[1]).matches()) {
            throw new DeployerException(ExitCode.USAGE,
                    "'" + fullName + "' is not a repository; perhaps you should write it as owner/name");
        }
        return new RepoId(parts[0], parts[1]);
    }

    /**
     * The repository a git remote points at, in the https or ssh forms GitHub shows. The
     * message on failure leaves out any user info, which may be a token.
     */
    public static RepoId fromRemoteUrl(String remoteUrl) {
        return ofRemoteUrl(remoteUrl).orElseThrow(() -> new DeployerException(ExitCode.USAGE,
                        "cannot tell owner and repository from the remote URL '" + withoutUserInfo(remoteUrl)
                                + "'; perhaps you should pass the repository as owner/name"));
    }

    /** The repository a git remote points at, when it has one of the forms GitHub shows. */
    public static Optional<RepoId> ofRemoteUrl(String remoteUrl) {
        return match(URL_FORM, remoteUrl).or(() -> match(SCP_FORM, remoteUrl));
    }

    private static Optional<RepoId> match(Pattern pattern, String url) {
        Matcher m = pattern.matcher(url.trim());
        if (!m.matches() || !PART.matcher(m.group(1)).matches() || !PART.matcher(m.group(2)).matches()) {
            return Optional.empty();
        }
        return Optional.of(new RepoId(m.group(1), m.group(2)));
    }

    /** {@code url} without user info (which may be a token), for messages. */
    public static String withoutUserInfo(String url) {
        return url.replaceFirst("^([a-z+]+://)[^@/]+@", "$1").replaceFirst("^[^@/:]+@", "");
    }

    @Override
    public String toString() {
        return owner + "/" + name;
    }
}
