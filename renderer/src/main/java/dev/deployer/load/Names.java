package dev.deployer.load;

import java.util.regex.Pattern;

/** Kubernetes naming rules that the model enforces early, with the file and line at hand. */
public final class Names {

    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern DNS_SUBDOMAIN =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern IMAGE_TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("sha256:[a-f0-9]{64}");
    private static final Pattern LABEL_VALUE = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");

    private Names() {
    }

    /** RFC 1123 label: what Services, namespaces and most names need. */
    public static boolean isDnsLabel(String s) {
        return s.length() <= 63 && DNS_LABEL.matcher(s).matches();
    }

    public static boolean isDnsSubdomain(String s) {
        return s.length() <= 253 && DNS_SUBDOMAIN.matcher(s).matches();
    }

    /** An image tag, a {@code sha256:} digest, or a tag pinned to its digest ({@code v1.5.0@sha256:…}). */
    public static boolean isVersion(String s) {
        int at = s.indexOf('@');
        if (at > 0) {
            return IMAGE_TAG.matcher(s.substring(0, at)).matches() && DIGEST.matcher(s.substring(at + 1)).matches();
        }
        return IMAGE_TAG.matcher(s).matches() || DIGEST.matcher(s).matches();
    }

    public static boolean isDigest(String s) {
        return DIGEST.matcher(s).matches();
    }

    public static boolean isLabelValue(String s) {
        return s.length() <= 63 && LABEL_VALUE.matcher(s).matches();
    }

    /** A label key: optional DNS-subdomain prefix and '/', then a name of at most 63 characters. */
    public static boolean isLabelKey(String s) {
        int slash = s.lastIndexOf('/');
        String name = slash >= 0 ? s.substring(slash + 1) : s;
        if (slash >= 0 && !isDnsSubdomain(s.substring(0, slash))) {
            return false;
        }
        return !name.isEmpty() && isLabelValue(name);
    }

    public static final String DNS_LABEL_HINT =
            "use lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters";
}
