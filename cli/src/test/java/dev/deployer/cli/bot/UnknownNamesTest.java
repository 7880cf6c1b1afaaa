package dev.deployer.cli.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.testing.FakeGitHub;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One rule for exit codes, as a new user meets it: naming an environment or service the
 * repository does not have is exit 3 with the same words in render, history (local and remote)
 * and the writing commands; git is not to blame for it.
 */
class UnknownNamesTest {

    @RegisterExtension
    final CartsStory story = new CartsStory();

    private Path checkout;

    @BeforeEach
    void setUp() {
        checkout = story.temp().resolve("checkout");
        GitFixture.git(story.temp(), "clone", "-q", story.remote().bare.toString(), checkout.toString());
    }

    @Test
    void anUnknownEnvironmentIsExitThreeEverywhere() {
        String words = "unknown environment 'production' (expected one of: dev, prod, stage)";
        BotCli.Run render = BotCli.execute(Map.of(), List.of("render", "-e", "production", "--repo", checkout.toString()));
        assertEquals(3, render.exitCode(), render.err());
        assertTrue(render.err().contains("unknown environment 'production'"), render.err());

        BotCli.Run local = story.cli().runLocal("history", "carts", "--env", "production", "--repo", checkout.toString());
        assertEquals(3, local.exitCode(), local.err());
        assertEquals("error: " + words + "\n", local.err());

        BotCli.Run remote = story.cli().run("history", "carts", "--env", "production");
        assertEquals(3, remote.exitCode(), remote.err());
        assertEquals("error: " + words + "\n", remote.err());

        BotCli.Run promote = story.cli().run("promote", "carts", "--to", "production");
        assertEquals(3, promote.exitCode(), promote.err());
        assertEquals("error: " + words + "\n", promote.err());
        assertEquals(0, story.github().totalCalls(), "refused before GitHub is asked anything");
    }

    @Test
    void anUnknownServiceIsExitThreeEverywhere() {
        BotCli.Run render = BotCli.execute(Map.of(), List.of("render", "-s", "cart", "--repo", checkout.toString()));
        assertEquals(3, render.exitCode(), render.err());
        assertTrue(render.err().contains("did you mean 'carts'?"), render.err());
        for (BotCli.Run run : List.of(story.cli().runLocal("history", "cart", "--env", "prod", "--repo", checkout.toString()),
                story.cli().run("history", "cart", "--env", "prod"), story.cli().run("rollback", "cart", "--env", "prod"),
                story.cli().run("hold", "cart", "--env", "prod"), story.cli().run("bot", "reconcile", "-s", "cart"))) {
            assertEquals(3, run.exitCode(), run.err());
            assertTrue(run.err().contains("unknown service 'cart' (did you mean 'carts'?)"), run.err());
        }
    }
}
