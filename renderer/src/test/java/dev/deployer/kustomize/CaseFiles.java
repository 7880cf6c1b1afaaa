package dev.deployer.kustomize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the test's tables (case name, tab or spaces, text) and picks key phrases from kustomize errors. */
final class CaseFiles {

    private static final Pattern QUOTED = Pattern.compile("['\"`]([^'\"`]+)['\"`]");

    private CaseFiles() {
    }

    static Map<String, String> table(String resource) {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = CaseFiles.class.getResourceAsStream("/kustomize/" + resource)) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\s+", 2);
                out.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The last quoted token of kustomize's message, without the case's input path: usually the culprit. */
    static String keyPhrase(String expected) {
        Matcher m = QUOTED.matcher(expected);
        String last = "";
        while (m.find()) {
            last = m.group(1);
        }
        last = last.replace("{INPUT}/", "");
        int slash = last.lastIndexOf('/');
        return slash >= 0 && slash < last.length() - 1 ? last.substring(slash + 1) : last;
    }
}
