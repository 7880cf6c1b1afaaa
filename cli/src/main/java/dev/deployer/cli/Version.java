package dev.deployer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code deployer 0.1.0 (commit 1a2b3c4d5e6f)}: the project version and the git commit the jar
 * was built from ({@code -dirty} when the work tree had changes), written into
 * {@code deployer/build.properties} by the build. Both are the same for every build of one
 * commit, so the jar stays reproducible.
 */
public final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {line(read())};
    }

    static String line(Properties build) {
        String version = known(build.getProperty("version"), "development");
        String commit = known(build.getProperty("commit"), "unknown");
        return "deployer " + version + " (commit " + commit + ")";
    }

    /** A value the build filled in; an unfiltered {@code ${…}} (no git at build time) is unknown. */
    private static String known(String value, String otherwise) {
        return value == null || value.isBlank() || value.startsWith("${") ? otherwise : value;
    }

    private static Properties read() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/deployer/build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // no build information: "development"
        }
        return p;
    }
}
