package dev.deployer.update;

import java.util.Locale;
import java.util.Objects;

/**
 * Which new image tags the registry watch ({@code deployer bot watch}) may deploy to a service's
 * first environment: the {@code update:} map of {@code service.yaml}, overridden per environment by
 * the values file's. {@link #NONE} (the default) watches nothing.
 *
 * @param constraint an npm-style range over semantic versions ({@code ">=1.2.0 <2.0.0"}); "" for any
 * @param prerelease whether tags with a pre-release part ({@code 1.5.1-rc.1}) count (semver only)
 * @param pattern    the tags the regex policy considers; its group {@code version}, or the whole
 *                   match, is what is compared
 * @param pin        {@link Pin#DIGEST}: write {@code tag@sha256:…}, so the exact image is deployed
 */
public record UpdatePolicy(Kind kind, String constraint, boolean prerelease, String pattern, Pin pin) {

    public static final UpdatePolicy NONE = new UpdatePolicy(Kind.NONE, "", false, "", Pin.TAG);

    public enum Kind {
        NONE, SEMVER, REGEX;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Pin {
        TAG, DIGEST;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public UpdatePolicy {
        Objects.requireNonNull(kind, "kind");
        constraint = constraint == null ? "" : constraint;
        pattern = pattern == null ? "" : pattern;
        Objects.requireNonNull(pin, "pin");
    }

    /** Whether the watch looks at the registry for this service at all. */
    public boolean watched() {
        return kind != Kind.NONE;
    }
}
