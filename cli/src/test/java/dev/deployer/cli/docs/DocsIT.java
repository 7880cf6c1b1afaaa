package dev.deployer.cli.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages' commands, run as shown with the shipped jar ({@code bin/deployer} over
 * {@code cli/target/deployer.jar}) in a temporary folder, their output compared with the page.
 * The conventions a page follows are in {@code docs/README.md} ("Tested docs"). Runs after
 * {@code package} (maven-failsafe), so the jar is the one the build just made.
 */
class DocsIT {

    /** The pages whose blocks run; a page joins by being listed here. */
    static final List<String> PAGES = List.of("docs/getting-started.md", "docs/cli.md");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyPageAsShown() {
        assertTrue(Files.isRegularFile(TestPaths.projectRoot().resolve("cli/target/deployer.jar")),
                "cli/target/deployer.jar is missing: run 'mvn -B verify' (the jar is built in package)");
        return PAGES.stream().map(page -> DynamicTest.dynamicTest(page, () -> follow(page)));
    }

    private void follow(String page) throws IOException {
        String markdown = Files.readString(TestPaths.projectRoot().resolve(page));
        List<DocBlock> blocks = DocBlocks.parse(page, markdown);
        assertFalse(blocks.stream().noneMatch(DocBlock::isTranscript), page + " has no command to run");
        DocRun run = new DocRun(new Sandbox(Files.createDirectories(temp.resolve(Path.of(page).getFileName().toString()))));
        for (DocBlock block : blocks) {
            run.follow(block);
        }
    }
}
