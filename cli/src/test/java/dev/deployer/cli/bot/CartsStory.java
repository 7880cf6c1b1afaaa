package dev.deployer.cli.bot;

import dev.deployer.bot.testing.FakeGitHub;
import dev.deployer.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What every bot story starts from: the test GitHub, a bare remote whose main branch holds
 * examples/carts, and the CLI pointed at both. After the test the fake checks every request it
 * saw, and the folder goes.
 */
final class CartsStory implements BeforeEachCallback, AfterEachCallback {

    private FakeGitHub github;
    private Path temp;
    private GitFixture remote;
    private BotCli cli;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        github = FakeGitHub.start();
        temp = Files.createTempDirectory("deployer-story-");
        remote = GitFixture.of(TestPaths.example("carts"), temp);
        cli = new BotCli(remote, github, temp);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            github.afterEach(context);
        } finally {
            try (Stream<Path> files = Files.walk(temp)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    FakeGitHub github() {
        return github;
    }

    GitFixture remote() {
        return remote;
    }

    BotCli cli() {
        return cli;
    }

    Path temp() {
        return temp;
    }
}
