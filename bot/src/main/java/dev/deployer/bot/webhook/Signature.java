package dev.deployer.bot.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * GitHub's webhook signature: {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the body>}
 * keyed with the webhook secret
 * (https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries). The
 * comparison is constant-time, so the answer's timing tells an attacker nothing about how much
 * of a forged signature was right.
 */
public final class Signature {

    public static final String HEADER = "X-Hub-Signature-256";
    private static final String PREFIX = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] secret;

    public Signature(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the webhook secret is empty");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The header value GitHub would send for {@code body}. */
    public String sign(byte[] body) {
        return PREFIX + HexFormat.of().formatHex(mac(body));
    }

    /** Whether {@code header} (may be null) is the signature of {@code body}. */
    public boolean verifies(byte[] body, String header) {
        Optional<byte[]> given = parse(header);
        return given.isPresent() && MessageDigest.isEqual(mac(body), given.get());
    }

    private static Optional<byte[]> parse(String header) {
        if (header == null || !header.startsWith(PREFIX) || header.length() != PREFIX.length() + 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(HexFormat.of().parseHex(header.substring(PREFIX.length())));
        } catch (IllegalArgumentException notHex) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "Signature[****]";
    }
}
