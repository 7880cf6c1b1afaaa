package dev.deployer.render;

import dev.deployer.controller.ComponentObjects;
import dev.deployer.diag.Location;
import dev.deployer.diag.Problems;
import dev.deployer.load.RepoFiles;
import dev.deployer.yaml.YMap;
import java.util.List;

/**
 * A rendered {@code kind: Secret} with {@code data} or {@code stringData} would put credentials
 * into git in clear text, silently: it is refused unless the repository ({@code allowPlainSecrets}
 * in deployer.yaml) or the object (the {@value #ALLOW} annotation) says so. Encrypted and
 * reference kinds (SealedSecret, ExternalSecret, SOPS-encrypted files) are other kinds and pass.
 */
final class PlainSecrets {

    static final String ALLOW = "deployer.dev/allow-plain-secret";

    private PlainSecrets() {
    }

    /** Objects without a line of their own (a template's output) are reported at {@code source}. */
    static void check(List<ComponentObjects> rendered, Location source, RepoFiles files, Problems problems) {
        for (ComponentObjects c : rendered) {
            for (YMap o : c.objects()) {
                if (isPlain(o) && !allowed(o)) {
                    String name = o.map("metadata").flatMap(m -> m.string("name")).orElse("");
                    problems.add(o.location().hasLine() ? files.display(o.location()) : source, "Secret '" + name
                            + "' holds data in clear text, which would be committed to git",
                            "use a SealedSecret, an ExternalSecret or SOPS; to commit it anyway, annotate it with "
                                    + ALLOW + ": \"true\" or set allowPlainSecrets: true in deployer.yaml");
                }
            }
        }
    }

    private static boolean isPlain(YMap o) {
        boolean secret = o.string("kind").orElse("").equals("Secret") && o.string("apiVersion").orElse("").equals("v1");
        return secret && (hasEntries(o, "data") || hasEntries(o, "stringData"));
    }

    private static boolean hasEntries(YMap o, String field) {
        return o.map(field).map(m -> !m.isEmpty()).orElse(false);
    }

    private static boolean allowed(YMap o) {
        return o.map("metadata").flatMap(m -> m.map("annotations")).flatMap(a -> a.string(ALLOW))
                .map("true"::equals).orElse(false);
    }
}
