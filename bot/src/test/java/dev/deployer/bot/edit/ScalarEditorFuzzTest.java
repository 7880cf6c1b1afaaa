package dev.deployer.bot.edit;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.deployer.diag.ConfigException;
import java.util.List;

/**
 * The values-file editor on fuzzed files, paths and values: it makes exactly the edit (it reads
 * its own result back and checks it) or refuses with a {@link ConfigException}; never another
 * exception, a stack overflow or a hang.
 */
class ScalarEditorFuzzTest {

    private static final List<List<String>> PATHS = List.of(List.of("version"), List.of("hold", "reason"),
            List.of("components", "web", "version"), List.of("items", "0", "image"));

    @FuzzTest(maxDuration = "30s")
    void editsOrRefuses(FuzzedDataProvider data) {
        List<String> path = PATHS.get(data.consumeInt(0, PATHS.size() - 1));
        String value = data.consumeString(40);
        String text = data.consumeRemainingAsString();
        try {
            String edited = ScalarEditor.set(text, path, value, "services/carts/dev.yaml");
            ScalarEditor.set(edited, path, value, "services/carts/dev.yaml");
        } catch (ConfigException refused) {
            // a clear error with file:line is the right answer to a file the editor cannot edit
        }
    }
}
