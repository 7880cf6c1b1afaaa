package dev.deployer.bot.git;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a host name is this machine, judged from its spelling alone (no DNS): the one place
 * where plain http:// may carry credentials, because nothing crosses a network (a local test
 * server, a local proxy).
 */
public final class Loopback {

    private static final Pattern IPV4 = Pattern.compile("127(\\.\\d{1,3}){3}");

    private Loopback() {
    }

    public static boolean is(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || IPV4.matcher(h).matches() || h.equals("::1") || h.equals("[::1]");
    }
}
