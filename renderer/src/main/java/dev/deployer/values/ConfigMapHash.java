package dev.deployer.values;

import dev.deployer.yaml.Json;
import dev.deployer.yaml.YMap;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * kustomize's content-hash suffix for a ConfigMap: sha256 over the Go JSON of
 * {@code {"data":…,"kind":"ConfigMap","name":""}}, ten hex digits with the letters that could
 * spell words swapped out. Using the same algorithm means a team moving from kustomize keeps
 * its names, and pods roll only when the content changes.
 */
final class ConfigMapHash {

    private ConfigMapHash() {
    }

    static String suffix(Map<String, String> data) {
        YMap data2 = new YMap();
        data.forEach(data2::put);
        YMap hashed = new YMap().put("data", data2).put("kind", "ConfigMap").put("name", "");
        try {
            byte[] sum = MessageDigest.getInstance("SHA-256").digest(Json.write(hashed).getBytes(StandardCharsets.UTF_8));
            return encode(HexFormat.of().formatHex(sum).substring(0, 10));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String hex) {
        StringBuilder out = new StringBuilder(hex.length());
        for (char c : hex.toCharArray()) {
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
