package dev.deployer.bot.status;

/** Escaping for text and attribute values in the status page: every string from a repository or GitHub goes through it. */
final class Html {

    private Html() {
    }

    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A link when {@code url} is http(s), else the text alone: no javascript: or data: URL gets in. */
    static String link(String url, String label) {
        return url.startsWith("https://") || url.startsWith("http://")
                ? "<a href=\"" + text(url) + "\">" + text(label) + "</a>" : text(label);
    }

    /** {@code 2026-05-01T10:00:00Z} as "deployed 2026-05-01 10:00 UTC", inside a machine-readable time element. */
    static String time(String iso) {
        return time("deployed", iso);
    }

    /** {@code iso} as "{@code what} 2026-05-01 10:00 UTC", inside a machine-readable time element. */
    static String time(String what, String iso) {
        return "<time datetime=\"" + text(iso) + "\">" + text(what) + " " + text(minutes(iso)) + "</time>";
    }

    /** {@code 2026-05-01T10:00:07Z} as "2026-05-01 10:00 UTC" (what is not an instant stays as it is). */
    static String minutes(String iso) {
        return iso.length() >= 16 ? iso.substring(0, 10) + " " + iso.substring(11, 16) + " UTC" : iso;
    }
}
