package dev.deployer.controller;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web address of a repository on GitHub ({@code https://github.com/acme/deploy}) from its
 * clone URL in any of the forms GitHub shows (https, ssh, scp-like): what Flux's github
 * Provider wants as its address.
 */
final class GitHubAddress {

    private static final Pattern URL = Pattern.compile("^(?:https?|ssh|git)://(?:[^@/]+@)?([^/:]+)(?::\\d+)?/(.+?)(?:\\.git)?/?$");
    private static final Pattern SCP = Pattern.compile("^(?:[^@/]+@)?([^:/]+):(.+?)(?:\\.git)?/?$");

    private GitHubAddress() {
    }

    /** The https address, or {@code repoUrl} itself when it has none of GitHub's forms. */
    static String of(String repoUrl) {
        for (Pattern p : new Pattern[] {URL, SCP}) {
            Matcher m = p.matcher(repoUrl.strip());
            if (m.matches()) {
                return "https://" + m.group(1) + "/" + m.group(2);
            }
        }
        return repoUrl;
    }
}
