package dev.deployer.kustomize.filters;

import dev.deployer.kustomize.config.ImageSpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Image name matching and rewriting as kustomize does it: {@code images[].name} is an anchored
 * regular expression over the repository part ({@code ^NAME(:tag)?(@sha256:digest)?$}), so it must
 * match the whole path ({@code cart} does not match {@code registry/shop/cart}).
 */
public final class ImageRef {

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
    private static final Pattern NEVER = Pattern.compile("a^");

    private ImageRef() {
    }

    public static boolean matches(String image, String name) {
        return PATTERNS.computeIfAbsent(name, ImageRef::compile).matcher(image).matches();
    }

    private static Pattern compile(String name) {
        try {
            return Pattern.compile("^" + name + "(:[a-zA-Z0-9_.{}-]*)?(@sha256:[a-zA-Z0-9_.{}-]*)?$");
        } catch (PatternSyntaxException e) {
            return NEVER;
        }
    }

    /** The new image text, or {@code image} unchanged when the spec does not match it. */
    public static String update(String image, ImageSpec spec) {
        if (!matches(image, spec.name())) {
            return image;
        }
        String[] parts = split(image);
        String name = spec.newName().isEmpty() ? parts[0] : spec.newName();
        String tag = parts[1];
        String digest = parts[2];
        if (!spec.newTag().isEmpty()) {
            tag = spec.newTag();
            digest = spec.digest();
        } else if (!spec.digest().isEmpty()) {
            tag = "";
            digest = spec.digest();
        } else if (!spec.tagSuffix().isEmpty()) {
            tag = tag + spec.tagSuffix();
            digest = "";
        }
        return name + (tag.isEmpty() ? "" : ":" + tag) + (digest.isEmpty() ? "" : "@" + digest);
    }

    /** Name, tag and digest; a colon before the first slash is a registry port, not a tag. */
    static String[] split(String image) {
        int slash = image.indexOf('/');
        int from = slash > 0 ? slash : 0;
        int at = image.indexOf('@', from);
        int colon = image.indexOf(':', from);
        if (colon < 0 && at < 0) {
            return new String[] {image, "", ""};
        }
        if (at >= 0 && (colon < 0 || at < colon)) {
            return new String[] {image.substring(0, at), "", image.substring(at + 1)};
        }
        if (at >= 0) {
            return new String[] {image.substring(0, colon), image.substring(colon + 1, at), image.substring(at + 1)};
        }
        return new String[] {image.substring(0, colon), image.substring(colon + 1), ""};
    }
}
