package dev.deployer.kustomize.transformers;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Location;
import dev.deployer.kustomize.config.Entry;
import dev.deployer.kustomize.config.GeneratorSpec;
import dev.deployer.kustomize.load.Loader;
import dev.deployer.kustomize.load.Session;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A generator's key/value pairs, read as kustomize does: env files first, then literals, then
 * files. Literals split at the first {@code =} and lose one pair of matching quotes; env lines are
 * trimmed on the left, comments, blank lines and lines without key ({@code =x}) skipped, quotes
 * kept; a file's key is its base name unless written {@code key=path}. A key given twice is an
 * error; otherwise keys are not checked ({@code a b} or {@code G } are kept), as kubectl's
 * kustomize does not check them either. Values are bytes so that non-UTF-8 files can go to
 * binaryData.
 */
final class DataSources {

    private static final Pattern LINES = Pattern.compile("\r?\n");

    private DataSources() {
    }

    static Map<String, byte[]> load(GeneratorSpec spec, Loader loader) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (Entry env : spec.envs()) {
            envFile(loader.text(env.value(), env.location()), spec, env.location(), out);
        }
        for (Entry literal : spec.literals()) {
            literal(literal, spec, out);
        }
        for (Entry file : spec.files()) {
            file(file, spec, loader, out);
        }
        return out;
    }

    private static void envFile(String text, GeneratorSpec spec, Location at, Map<String, byte[]> out) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        for (String raw : LINES.split(text, -1)) {
            String line = stripLeadingSpace(raw);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = eq < 0 ? line : line.substring(0, eq);
            if (!key.isEmpty()) {
                put(out, key, eq < 0 ? "" : line.substring(eq + 1), spec, at);
            }
        }
    }

    /** Go's {@code bytes.TrimLeftFunc(line, unicode.IsSpace)}: NBSP and NEL are space too. */
    private static String stripLeadingSpace(String s) {
        int i = 0;
        while (i < s.length() && isGoSpace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    private static boolean isGoSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == 0x85 || c == 0xA0
                || Character.getType(c) == Character.SPACE_SEPARATOR || c == 0x2028 || c == 0x2029;
    }

    private static void literal(Entry literal, GeneratorSpec spec, Map<String, byte[]> out) {
        String s = literal.value();
        int eq = s.indexOf('=');
        if (eq <= 0) {
            throw new ConfigException(literal.location(), "invalid literal source " + s + ", expected key=value",
                    "write literals as key=value");
        }
        put(out, s.substring(0, eq), unquote(s.substring(eq + 1)), spec, literal.location());
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && v.charAt(0) == v.charAt(v.length() - 1) && (v.charAt(0) == '"' || v.charAt(0) == '\'')) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static void file(Entry file, GeneratorSpec spec, Loader loader, Map<String, byte[]> out) {
        String s = file.value();
        long separators = s.chars().filter(c -> c == '=').count();
        if (separators > 1 || s.startsWith("=") || s.endsWith("=")) {
            throw new ConfigException(file.location(), "invalid file source '" + s + "'",
                    "write files as path or key=path, with one '='");
        }
        int eq = s.indexOf('=');
        String path = eq < 0 ? s : s.substring(eq + 1);
        String key = eq < 0 ? path.substring(path.lastIndexOf('/') + 1) : s.substring(0, eq);
        putBytes(out, key, loader.bytes(path, file.location()), spec, file.location());
    }

    private static void put(Map<String, byte[]> out, String key, String value, GeneratorSpec spec, Location at) {
        putBytes(out, key, value.getBytes(StandardCharsets.UTF_8), spec, at);
    }

    private static void putBytes(Map<String, byte[]> out, String key, byte[] value, GeneratorSpec spec, Location at) {
        if (out.containsKey(key)) {
            throw new ConfigException(at, spec.kind().toLowerCase() + " " + spec.name()
                    + " illegally repeats the key `" + key + "`", "each key may come from one source only");
        }
        out.put(key, value);
    }

    static boolean isText(byte[] value) {
        return Session.isUtf8(value);
    }
}
