package dev.deployer.cli.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.testing.FakeGitHub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rollback never re-deploys what it rolled back from: prod ran v1.2.0, v1.3.0, v1.4.0; the first
 * rollback goes to v1.3.0, the second further back to v1.2.0, the third says there is nothing
 * older; {@code --to} takes only a version that ran there unless {@code --force}.
 */
class RollbackRuleTest {

    @RegisterExtension
    final CartsStory story = new CartsStory();

    @BeforeEach
    void setUp() {
        for (String version : new String[] {"v1.3.0", "v1.4.0"}) {
            BotCli.Run set = story.cli().run("set-version", "carts", version, "--env", "prod", "--no-pr");
            assertEquals(0, set.exitCode(), set.err());
        }
    }

    @Test
    void eachRollbackGoesFurtherBackThenSaysThereIsNothingOlder() {
        BotCli.Run first = story.cli().run("rollback", "carts", "--env", "prod", "--no-pr");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.err().startsWith("carts prod: v1.4.0 → v1.3.0 + hold: committed"), first.err());
        String values = story.remote().show("main", "services/carts/prod.yaml");
        assertTrue(values.contains("version: v1.3.0"), values);
        assertTrue(values.contains("reason: \"rolled back from v1.4.0 to v1.3.0 by deployer rollback\""), values);
        assertTrue(values.contains("rolledBackFrom: v1.4.0"), values);

        BotCli.Run second = story.cli().run("rollback", "carts", "--env", "prod", "--no-pr");
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.err().startsWith("carts prod: v1.3.0 → v1.2.0 + hold: committed"),
                "further back, not to v1.4.0 again: " + second.err());

        String main = story.remote().log("main");
        BotCli.Run third = story.cli().run("rollback", "carts", "--env", "prod");
        assertEquals(3, third.exitCode(), third.err());
        assertEquals("error: nothing older to roll back 'carts' in 'prod' to: it ran v1.2.0, v1.3.0 (rolled back from),"
                + " v1.4.0 (rolled back from); pass --to VERSION to choose one\n", third.err());
        assertEquals(main, story.remote().log("main"), "nothing written");
        assertEquals(0, story.github().totalCalls());

        BotCli.Run history = story.cli().run("history", "carts", "--env", "prod");
        assertTrue(history.out().lines().skip(1).findFirst().orElseThrow().endsWith("rollback from v1.3.0"), history.out());
    }

    @Test
    void toTakesOnlyAVersionThatRanThereUnlessForced() {
        BotCli.Run never = story.cli().run("rollback", "carts", "--env", "prod", "--to", "v0.9.0", "--dry-run");
        assertEquals(3, never.exitCode(), never.err());
        assertEquals("error: v0.9.0 never ran in 'prod' (it ran v1.4.0, v1.3.0, v1.2.0; see 'deployer history carts"
                + " --env prod'); pass --force to roll back to it anyway\n", never.err());

        BotCli.Run forced = story.cli().run("rollback", "carts", "--env", "prod", "--to", "v0.9.0", "--force", "--dry-run");
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(forced.out().startsWith("title: Roll back carts in prod to v0.9.0"), forced.out());

        BotCli.Run ran = story.cli().run("rollback", "carts", "--env", "prod", "--to", "v1.2.0", "--dry-run");
        assertEquals(0, ran.exitCode(), ran.err());
        assertTrue(ran.out().startsWith("title: Roll back carts in prod to v1.2.0"), ran.out());
    }
}
