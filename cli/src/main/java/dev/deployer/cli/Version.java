package dev.deployer.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or "development" when running from classes. */
public final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"deployer " + (v == null ? "development" : v)};
    }
}
