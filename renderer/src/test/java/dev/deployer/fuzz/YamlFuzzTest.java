package dev.deployer.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.deployer.diag.ConfigException;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YamlEmitter;
import dev.deployer.yaml.YamlParser;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The YAML reader on anything: it either reads the text or refuses it with a
 * {@link ConfigException} (a file:line message, exit 3); it never crashes, overflows its stack or
 * hangs. What it reads, the emitter prints, and that reads back. Replays the inputs under
 * {@code YamlFuzzTestInputs/} in every build; fuzzes with {@code JAZZER_FUZZ=1} (docs/security.md).
 */
class YamlFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void readsOrRefuses(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        List<YNode> docs;
        try {
            docs = YamlParser.parseAll(text, "fuzz.yaml");
        } catch (ConfigException refused) {
            return;
        }
        for (YNode doc : docs.stream().filter(d -> d.isMap() || d instanceof dev.deployer.yaml.YList).toList()) {
            // Only maps and lists: Deployer never prints a scalar document, and a multi-line one is
            // printed as go-yaml does (a literal block at column 0, found by this test), which is
            // valid YAML 1.2 that snakeyaml-engine does not read back (input top-level-block-scalar).
            String printed = YamlEmitter.emit(doc);
            try {
                YamlParser.parseAll(printed, "printed.yaml");
            } catch (ConfigException e) {
                throw new AssertionError("the emitter printed YAML the parser refuses:\n" + printed, e);
            }
        }
        try {
            YamlParser.parseAllYaml11(text, "fuzz.yaml");
        } catch (ConfigException refused) {
            // YAML 1.1 typing may refuse what 1.2 reads (e.g. a !!int tag on 'yes')
        }
    }
}
