package dev.deployer.kustomize.filters;

import dev.deployer.yaml.Json;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * kustomize's content-hash name suffix for generated ConfigMaps and Secrets: sha256 of the Go
 * json.Marshal of {@code {data, kind, name: ""}} (+ binaryData; Secrets: + type, stringData),
 * first 10 hex digits with 0,1,3,a,e mapped to g,h,k,m,t. The name is always hashed as "" because
 * kustomize looks it up with a key that never matches; labels and annotations are not hashed.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** The suffix (without the dash) for a ConfigMap or Secret. */
    public static String suffix(YMap object) {
        return encode(sha256(Json.write(hashInput(object))));
    }

    public static YMap hashInput(YMap object) {
        String kind = object.string("kind").orElse("");
        YMap in = new YMap();
        in.put("kind", kind);
        in.put("name", "");
        in.put("data", value(object.get("data")));
        if (kind.equals("Secret")) {
            in.put("type", value(object.get("type")));
            if (object.get("stringData") instanceof YMap m) {
                in.put("stringData", m);
            }
        } else if (object.get("binaryData") instanceof YMap m) {
            in.put("binaryData", m);
        }
        return in;
    }

    /** A missing field hashes as "", a map as itself, a scalar as its text. */
    private static YNode value(YNode n) {
        if (n == null) {
            return YScalar.string("");
        }
        if (n instanceof YScalar s) {
            return YScalar.string(s.type() == YScalar.Type.NULL ? "" : s.value());
        }
        return n;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    private static String encode(String hex) {
        StringBuilder out = new StringBuilder(10);
        for (char c : hex.substring(0, 10).toCharArray()) {
            out.append(switch (c) {
                case '0' -> 'g';
                case '1' -> 'h';
                case '3' -> 'k';
                case 'a' -> 'm';
                case 'e' -> 't';
                default -> c;
            });
        }
        return out.toString();
    }
}
