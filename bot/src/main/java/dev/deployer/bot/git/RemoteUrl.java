package dev.deployer.bot.git;

import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.net.URISyntaxException;
import org.eclipse.jgit.transport.URIish;

/**
 * A remote URL with any password taken out: {@code https://x-access-token:T@host/r.git} becomes
 * {@code https://host/r.git} plus credentials, so the token is neither stored in
 * {@code .git/config} nor shown when the URL is quoted in a message.
 */
record RemoteUrl(String url, Credentials credentials) {

    static RemoteUrl parse(String remoteUrl, Credentials given) {
        URIish uri;
        try {
            uri = new URIish(remoteUrl);
        } catch (URISyntaxException e) {
            String shown = new Secrets(given).redact(remoteUrl).replaceAll("://[^/@\\s]*@", "://***@");
            throw new DeployerException(ExitCode.REMOTE, "'" + shown + "' is not a git URL"
                    + ", perhaps you should check repoURL in deployer.yaml");
        }
        RemoteUrl parsed = uri.getPass() == null ? new RemoteUrl(remoteUrl, given)
                : new RemoteUrl(uri.setUser(null).setPass(null).toString(),
                        given.isNone() ? Credentials.basic(uri.getUser(), uri.getPass()) : given);
        if (!parsed.credentials().isNone() && "http".equalsIgnoreCase(uri.getScheme()) && !Loopback.is(uri.getHost())) {
            throw new DeployerException(ExitCode.USAGE, "refusing to send credentials over plain http:// to "
                    + uri.getHost() + ", where anyone on the way could read them; use the https:// (or ssh) URL of the"
                    + " remote, or, if that server needs no credentials, run without a token (unset GITHUB_TOKEN)");
        }
        return parsed;
    }
}
