package dev.deployer.bot.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The status as one self-contained HTML page: no script at all, no external file, one style
 * element allowed by its hash in the page's own Content-Security-Policy, so it works from a
 * file, from {@code bot serve}, and behind a strict policy. Every state is said in words, never
 * by colour alone. The sections are listed in
 * {@link StatusSections#write}.
 */
public final class StatusPage {

    static final String CSS = css();

    /** The policy the page declares: nothing may load, only this style applies. */
    static final String PAGE_POLICY = "default-src 'none'; style-src '" + hash(CSS) + "'; base-uri 'none'; form-action 'none'";

    /** What {@code bot serve} sends: the page's policy, and no framing (which only a header can say). */
    public static final String CONTENT_SECURITY_POLICY = PAGE_POLICY + "; frame-ancestors 'none'";

    private StatusPage() {
    }

    /** {@code refreshSeconds} > 0 adds a meta refresh, for the page {@code bot serve} serves. */
    public static String render(StatusReport report, int refreshSeconds) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(PAGE_POLICY).append("\">\n");
        if (refreshSeconds > 0) {
            out.append("<meta http-equiv=\"refresh\" content=\"").append(refreshSeconds).append("\">\n");
        }
        out.append("<title>Deployer status</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
        new StatusSections(report).write(out);
        return out.append("</body>\n</html>\n").toString();
    }

    private static String css() {
        try (InputStream in = StatusPage.class.getResourceAsStream("status.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSP's hash source for an inline style: sha256 of its exact text, base64. */
    static String hash(String css) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
