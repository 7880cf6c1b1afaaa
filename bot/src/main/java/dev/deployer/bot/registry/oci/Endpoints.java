package dev.deployer.bot.registry.oci;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Docker's rule for plain HTTP: a registry is reached over HTTPS unless it is on the loopback
 * interface or listed as insecure. The same rule decides whether credentials may go to a token
 * server, so a registry cannot send them elsewhere in clear text.
 */
final class Endpoints {

    private final Set<String> insecure;

    Endpoints(Set<String> insecure) {
        this.insecure = insecure;
    }

    URI base(String apiHost) {
        return URI.create((plainHttpAllowed(apiHost) ? "http" : "https") + "://" + apiHost);
    }

    /** Whether {@code uri} may be used: HTTPS, or plain HTTP to a loopback or listed host. */
    boolean allowed(URI uri) {
        String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
        return "https".equals(uri.getScheme()) || "http".equals(uri.getScheme()) && plainHttpAllowed(authority);
    }

    private boolean plainHttpAllowed(String hostPort) {
        String h = hostPort.toLowerCase(Locale.ROOT);
        String host = h.startsWith("[") ? h.substring(0, h.indexOf(']') + 1)
                : h.contains(":") ? h.substring(0, h.indexOf(':')) : h;
        return insecure.contains(h) || insecure.contains(host) || loopback(host);
    }

    static boolean loopback(String host) {
        return host.equals("localhost") || host.equals("[::1]") || host.equals("::1")
                || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}
