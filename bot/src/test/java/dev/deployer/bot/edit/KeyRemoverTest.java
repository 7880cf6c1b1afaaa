package dev.deployer.bot.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.diag.ConfigException;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyRemoverTest {

    private static final String HELD = """
            # carts in prod
            version: v1.2.0 # set by the bot
            hold:
              reason: "v1.4.0 broke checkout" # on-call
            components:
              api:
                replicas: 3
            """;

    @Test
    void removesTheKeyItsValueAndTheCommentOnItsLastLine() {
        assertEquals("""
                # carts in prod
                version: v1.2.0 # set by the bot
                components:
                  api:
                    replicas: 3
                """, KeyRemover.remove(HELD, "hold", "prod.yaml"));
    }

    @Test
    void undoesWhatTheScalarEditorAdded() {
        String original = "# carts\nversion: v1.2.0\ncomponents:\n  api: {replicas: 3}\n\n# trailing comment\n";
        String held = ScalarEditor.set(original, List.of("hold", "reason"), "rolled back", "prod.yaml");
        assertEquals(original, KeyRemover.remove(held, "hold", "prod.yaml"));
        String crlf = original.replace("\n", "\r\n");
        assertEquals(crlf, KeyRemover.remove(ScalarEditor.set(crlf, List.of("hold", "reason"), "x", "prod.yaml"),
                "hold", "prod.yaml"));
    }

    @Test
    void theLastKeyWithoutAFinalLineBreakAndAnEmptyValue() {
        assertEquals("version: v1\n", KeyRemover.remove("version: v1\nhold: {reason: x}", "hold", "prod.yaml"));
        assertEquals("version: v1\nother: 1\n", KeyRemover.remove("version: v1\nhold:\nother: 1\n", "hold", "prod.yaml"));
    }

    @Test
    void anAbsentKeyLeavesTheTextAlone() {
        String text = "version: v1\ncomponents:\n  hold: {}\n";
        assertSame(text, KeyRemover.remove(text, "hold", "prod.yaml"));
    }

    @Test
    void refusesWhatItCannotRemoveCleanly() {
        ConfigException flow = assertThrows(ConfigException.class,
                () -> KeyRemover.remove("{version: v1, hold: {reason: x}}\n", "hold", "prod.yaml"));
        assertTrue(flow.getMessage().contains("not a block entry"), flow.getMessage());
        ConfigException alias = assertThrows(ConfigException.class,
                () -> KeyRemover.remove("hold: &h {reason: x}\nother: *h\n", "hold", "prod.yaml"));
        assertEquals("prod.yaml:1:1", alias.diagnostics().get(0).location().toString(), alias.getMessage());
        assertTrue(alias.getMessage().contains("unknown alias *h"), alias.getMessage());
    }
}
