package dev.deployer.load;

import dev.deployer.model.ArgoCdSettings;
import dev.deployer.model.FluxSettings;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Binds the {@code argocd:} and {@code flux:} sections of {@code deployer.yaml}. Both are read
 * and checked whatever the controller, so switching controllers never meets a stale typo.
 */
final class ControllerSettingsReader {

    /** Go durations as the Flux APIs accept them (their CRDs use the same pattern). */
    static final Pattern DURATION = Pattern.compile("([0-9]+(\\.[0-9]+)?(ms|s|m|h))+");

    private ControllerSettingsReader() {
    }

    static ArgoCdSettings argocd(Fields parent, String repoUrl) {
        Fields f = parent.child("argocd", RepoConfigReader.FILE + " argocd");
        String namespace = dnsLabel(f, "namespace", "argocd");
        String project = dnsLabel(f, "project", defaultName(repoUrl));
        String mode = f.oneOf("mode", ArgoCdSettings.Mode.APPLICATIONS.id(), ArgoCdSettings.Mode.ids());
        f.end();
        return new ArgoCdSettings(namespace, project, ArgoCdSettings.Mode.byId(mode).orElseThrow());
    }

    static FluxSettings flux(Fields parent, String repoUrl) {
        Fields f = parent.child("flux", RepoConfigReader.FILE + " flux");
        FluxSettings s = new FluxSettings(dnsLabel(f, "namespace", "flux-system"), dnsLabel(f, "source", defaultName(repoUrl)),
                duration(f, "interval", "5m"), duration(f, "sourceInterval", "1m"), duration(f, "timeout", "5m"),
                f.string("secretRef", ""), f.string("statusSecretRef", "deployer-github-status"));
        if (!s.secretRef().isEmpty() && !Names.isDnsSubdomain(s.secretRef())) {
            f.error("secretRef", "secretRef '" + s.secretRef() + "' is not a valid Secret name", Names.DNS_LABEL_HINT);
        }
        if (!Names.isDnsSubdomain(s.statusSecretRef())) {
            f.error("statusSecretRef", "statusSecretRef '" + s.statusSecretRef() + "' is not a valid Secret name",
                    Names.DNS_LABEL_HINT);
        }
        f.end();
        return s;
    }

    /**
     * The repository's name from its URL ({@code https://github.com/acme/carts-deploy.git} →
     * {@code carts-deploy}), the natural base name for the controller objects.
     */
    static String defaultName(String repoUrl) {
        String s = repoUrl.replaceAll("/+$", "");
        s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf(':')) + 1);
        s = s.endsWith(".git") ? s.substring(0, s.length() - 4) : s;
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        return Names.isDnsLabel(s) ? s : "deployer";
    }

    static String duration(Fields f, String key, String defaultValue) {
        String v = f.string(key, defaultValue);
        if (!DURATION.matcher(v).matches()) {
            f.error(key, "field '" + key + "' must be a duration, not '" + v + "'", "write it like 30s, 5m or 1h30m");
            return defaultValue;
        }
        return v;
    }

    private static String dnsLabel(Fields f, String key, String defaultValue) {
        String v = f.string(key, defaultValue);
        if (!Names.isDnsLabel(v)) {
            f.error(key, "'" + v + "' is not a valid name for field '" + key + "'", Names.DNS_LABEL_HINT);
            return defaultValue;
        }
        return v;
    }
}
