package dev.deployer.bot.git;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of everything the workspace says: known secrets are masked, and so is the
 * password part of any URL ({@code https://user:pw@host}) a message might quote.
 */
final class Secrets {

    private static final Pattern URL_PASSWORD = Pattern.compile("(://[^/@\\s:]*):[^/@\\s]*@");
    private static final String MASK = "***";

    private final List<String> secrets;

    Secrets(Credentials credentials) {
        this.secrets = credentials.secret().stream().toList();
    }

    String redact(String text) {
        if (text == null) {
            return "";
        }
        String out = text;
        for (String s : secrets) {
            out = out.replace(s, MASK);
        }
        return URL_PASSWORD.matcher(out).replaceAll("$1:" + MASK + "@");
    }

    /** {@code cause} when nothing in it (messages, stack trace) shows a secret, else null. */
    Throwable safeCause(Throwable cause) {
        if (cause == null) {
            return null;
        }
        StringWriter printed = new StringWriter();
        cause.printStackTrace(new PrintWriter(printed));
        String all = printed.toString();
        return all.equals(redact(all)) ? cause : null;
    }
}
