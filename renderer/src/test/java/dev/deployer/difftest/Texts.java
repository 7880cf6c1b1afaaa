package dev.deployer.difftest;

import java.util.List;

/** The strings and plain tokens values are made of: the odd-but-legal ones YAML readers disagree on. */
final class Texts {

    private static final List<String> WORDS = List.of("alpha", "beta", "gamma", "delta", "web", "cache", "db",
            "queue", "blue", "green", "v1", "main", "edge", "zone", "one");

    private static final List<String> ODD = List.of("", " ", " leading", "trailing ", "a: b", "a:b", "#hash",
            "a #b", "- dash", "-", "? q", "@at", "`tick", "it's", "say \"hi\"", "back\\slash", "tab\there",
            "%percent", "!bang", "*star", "&amp", "{brace}", "[bracket]", "|pipe", ">gt", "'", "\"", "~", "null",
            "Null", "true", "True", "yes", "Yes", "on", "off", "y", "n", "NO", "1", "1.0", "1.10", "0x1F", "0o17",
            "017", "0755", "1e3", "1E+3", ".inf", "-.Inf", ".NaN", "+1", "-0", "0.", "1_000", "2001-12-14",
            "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "12:30:45", "=", "<<", "é ü ß", "日本語",
            "emoji 😀", "nbsp\u00a0here", "nel\u0085here", "ls\u2028here", "bell\u0007", "esc\u001b[0m",
            "zero\u200bwidth", "bom\ufeffinside", "del\u007f", "multi\nline", "multi\nline\n", "two\n\n",
            "\nleading break", " indented\nsecond", "trailing spaces  \nnext", "tabs\t\tin\tline",
            "key=value\nother=2\n", "#!/bin/sh\necho \"$HOME\"\nexit 0\n", "{\"json\": [1, 2]}", "a,b,c",
            "http://example.com/x?y=1#z", "C:\\Windows", "$(VAR)", "${VAR}", "{{ .Values.x }}");

    private static final List<String> TOKENS = List.of("0", "-1", "42", "007", "0755", "0x1F", "0o17", "0b101",
            "1e3", "1.5", "-2.5e-3", ".5", "1.", "1.10", ".inf", "-.inf", ".NaN", "+.INF", "true", "false", "True",
            "FALSE", "yes", "No", "on", "OFF", "y", "null", "~", "Null", "NULL", "2001-12-14", "2001-12-14T21:59:43Z",
            "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "12:30:45", "190:20:30", "1_000",
            "+12", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "123456789012345678901234",
            "1.7976931348623157e+309", "4.9e-324", "0.1", "100000000000000000000.0", "1e21", "1e20", "123456789.0",
            "=", "", "", "0xFFFFFFFFFFFFFFFFFFFF", "1e400", "-1e309", "0o777777777777777777777777");

    private final Rand rand;

    Texts(Rand rand) {
        this.rand = rand;
    }

    String word() {
        return rand.pick(WORDS);
    }

    /** A name-like identifier from a small pool, so references between objects connect. */
    String name() {
        return rand.pick("app", "web", "db", "cache", "api", "worker", "config", "data");
    }

    /** Any string: a word, an odd one, a long line or a multi-line block. */
    String any() {
        return switch (rand.between(0, 9)) {
            case 0, 1, 2 -> word();
            case 3, 4, 5 -> rand.pick(ODD);
            case 6 -> longLine();
            case 7 -> lines();
            case 8 -> word() + " " + word();
            default -> rand.pick(ODD) + rand.pick(ODD);
        };
    }

    String token() {
        return rand.pick(TOKENS);
    }

    private String longLine() {
        StringBuilder b = new StringBuilder();
        int n = rand.between(12, 40);
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : rand.chance(0.05) ? "  " : " ").append(word());
        }
        return b.toString();
    }

    private String lines() {
        StringBuilder b = new StringBuilder();
        int n = rand.between(2, 5);
        for (int i = 0; i < n; i++) {
            b.append(rand.chance(0.2) ? "  " : "").append(rand.chance(0.3) ? longLine() : word() + " " + word())
                    .append(i < n - 1 || rand.chance(0.7) ? "\n" : "");
        }
        return rand.chance(0.15) ? b + "\n" : b.toString();
    }
}
