package dev.deployer.bot.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.diag.ConfigException;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YScalar;
import dev.deployer.yaml.YamlParser;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ScalarEditorTest {

    private static final String VALUES = "# values\nversion: v1.2.0 # bot\nreplicas: 2\n";

    @Test
    void aValueThatIsAlreadyThereLeavesTheTextAlone() {
        assertSame(VALUES, ScalarEditor.set(VALUES, List.of("version"), "v1.2.0", "stage.yaml"));
    }

    /** Whatever the value, it reads back as that exact string, and a second edit changes nothing. */
    @ParameterizedTest
    @ValueSource(strings = {"v1.3.0", "1.10", "1e3", "0755", "0x1F", "true", "yes", "on", "null", "~", "",
            "2024-01-02", "-", "a: b", "#tag", "it's", "say \"hi\"", "back\\slash", "tab\there", "line\nbreak",
            "😀 emoji", "@scoped", "[1]", "{a}", "*alias", "&anchor", "!tag", "%x", "`x", " padded "})
    void anyValueReadsBackAsTheSameString(String value) {
        for (String text : List.of(VALUES, "version: 'v1'\n", "version: \"v1\"\n", "{version: v1}\n", "other: 1\n")) {
            String edited = ScalarEditor.set(text, List.of("version"), value, "stage.yaml");
            YScalar read = (YScalar) ((YMap) YamlParser.parseOne(edited, "stage.yaml")).get("version");
            assertEquals(YScalar.string(value), read, () -> "in:\n" + text + "out:\n" + edited);
            assertEquals(edited, ScalarEditor.set(edited, List.of("version"), value, "stage.yaml"));
        }
    }

    @Test
    void quotesOnlyWhenPlainWouldChangeTheType() {
        assertEquals("version: \"1.10\" # bot", line(ScalarEditor.set(VALUES, List.of("version"), "1.10", "s.yaml")));
        assertEquals("version: v1.10 # bot", line(ScalarEditor.set(VALUES, List.of("version"), "v1.10", "s.yaml")));
    }

    @Test
    void anEmptyPathIsRefused() {
        assertThrows(ConfigException.class, () -> ScalarEditor.set(VALUES, List.of(), "v1", "s.yaml"));
    }

    @Test
    void refusalsNameTheFileAndLine() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ScalarEditor.set("a: 1\nversion: >\n  v1\n", List.of("version"), "v2", "services/carts/stage.yaml"));
        assertTrue(e.getMessage().startsWith("services/carts/stage.yaml:2:10: error: "), e.getMessage());
    }

    private static String line(String text) {
        return text.lines().toList().get(1);
    }
}
