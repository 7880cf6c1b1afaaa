package dev.deployer.bot.registry.oci;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code WWW-Authenticate} challenge (RFC 7235): {@code Basic realm="…"}, or the token flow's
 * {@code Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull"}.
 */
record Challenge(String scheme, Map<String, String> params) {

    private static final Pattern PARAM = Pattern.compile("([A-Za-z_]+)=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^,\\s]+))");

    Challenge {
        params = Map.copyOf(params);
    }

    static Optional<Challenge> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String h = header.strip();
        int space = h.indexOf(' ');
        String scheme = (space < 0 ? h : h.substring(0, space)).toLowerCase(Locale.ROOT);
        Map<String, String> params = new HashMap<>();
        Matcher m = PARAM.matcher(space < 0 ? "" : h.substring(space + 1));
        while (m.find()) {
            params.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2) != null ? m.group(2).replaceAll("\\\\(.)", "$1")
                    : m.group(3));
        }
        return Optional.of(new Challenge(scheme, params));
    }

    boolean bearer() {
        return scheme.equals("bearer") && params.containsKey("realm");
    }

    boolean basic() {
        return scheme.equals("basic");
    }
}
