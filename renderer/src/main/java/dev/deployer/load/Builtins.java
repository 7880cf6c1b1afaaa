package dev.deployer.load;

import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YamlParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The built-in environment profiles shipped in the jar (from the top-level
 * {@code environments/} folder): {@code base.yaml} under every profile, and named profiles
 * (dev, stage, prod) that a repository's own profile of the same name extends.
 */
public final class Builtins {

    static final String PREFIX = "deployer/environments/";

    private Builtins() {
    }

    public static YMap baseProfile() {
        return profile("base").orElseThrow(() -> new IllegalStateException("built-in base profile missing"));
    }

    public static Optional<YMap> profile(String name) {
        return resource(PREFIX + name + ".yaml").map(text -> {
            YNode node = YamlParser.parseOne(text, "(built-in) environments/" + name + ".yaml");
            return (YMap) node;
        });
    }

    public static Optional<String> resource(String path) {
        try (InputStream in = Builtins.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
