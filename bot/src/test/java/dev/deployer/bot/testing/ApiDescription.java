package dev.deployer.bot.testing;

import static com.atlassian.oai.validator.report.ValidationReport.Level.IGNORE;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deployer.testing.Requires;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * GitHub's REST description (shared/github/api.github.com.json), trimmed to the fake's
 * operations and turned into a validator once per JVM. Requests are checked strictly (an
 * unknown body field is an error); responses leniently (GitHub's own responses carry fields
 * its description does not list), but their required fields and types are still checked.
 */
final class ApiDescription {

    static final String FILE = "github/api.github.com.json";

    private ApiDescription() {
    }

    /** The validator, or the test is skipped (never passed) when the description is absent. */
    static OpenApiInteractionValidator validator() {
        Holder.ensureLoaded();
        return Holder.VALIDATOR;
    }

    /** Where the description is expected: {@code -Ddeployer.shared}, else ../shared beside the project. */
    static Path location() {
        String shared = System.getProperty("deployer.shared");
        Path root = shared != null ? Paths.get(shared)
                : Paths.get(System.getProperty("deployer.root", "..")).resolve("../shared");
        return root.resolve(FILE).toAbsolutePath().normalize();
    }

    private static final class Holder {
        static final Path FOUND = Optional.of(location()).filter(Files::isRegularFile).orElse(null);
        static final OpenApiInteractionValidator VALIDATOR = FOUND == null ? null : build(FOUND);

        static void ensureLoaded() {
            Requires.that(FOUND != null, "GitHub's API description is not at "
                    + location() + " (set -Ddeployer.shared to the shared folder); the fake GitHub validates "
                    + "every request against it and will not run without it");
        }

        private static OpenApiInteractionValidator build(Path file) {
            long start = System.nanoTime();
            try {
                JsonNode full = new ObjectMapper().readTree(file.toFile());
                String trimmed = SpecTrimmer.trim(full, RestRoutes.OPERATIONS).toString();
                System.err.printf("fake GitHub: %s trimmed to %d operations (%d KB) in %d ms%n", file,
                        RestRoutes.OPERATIONS.size(), trimmed.length() / 1024, (System.nanoTime() - start) / 1_000_000);
                return OpenApiInteractionValidator.createForInlineApiSpecification(trimmed)
                        .withLevelResolver(LevelResolver.create()
                                .withLevel("validation.response.body.schema.additionalProperties", IGNORE)
                                .build())
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
    }
}
