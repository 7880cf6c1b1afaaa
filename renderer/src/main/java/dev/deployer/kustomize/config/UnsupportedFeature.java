package dev.deployer.kustomize.config;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Diagnostic;
import dev.deployer.diag.Location;
import java.util.List;

/**
 * A kustomization uses something kustomize has and this engine refuses on purpose (exec and Go
 * plugins, helm, remote resources): still invalid configuration for deployer (exit 3), but a
 * type of its own so that callers and the conformance tests can tell "not supported" from "wrong".
 */
public final class UnsupportedFeature extends ConfigException {

    public UnsupportedFeature(List<Diagnostic> diagnostics) {
        super(diagnostics);
    }

    public UnsupportedFeature(Location location, String message, String hint) {
        super(location, message, hint);
    }
}
