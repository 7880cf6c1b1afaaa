package dev.deployer.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shortcut for plain words never disagrees with go-yaml's rules. */
class ScalarStylesTest {

    private static final String ALPHABET = "aZy9-_./: #'\"0e+.nNoO\n";

    @Test
    void aPlainWordIsPlainByTheRulesAsKeyAndAsValue() {
        Random random = new Random(18);
        int words = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(6); n >= 0; n--) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = s.toString();
            if (ScalarStyles.isPlainWord(text)) {
                words++;
                assertEquals(ScalarStyles.Style.PLAIN, ScalarStyles.byRules(text, true), text);
                assertEquals(ScalarStyles.Style.PLAIN, ScalarStyles.byRules(text, false), text);
            }
        }
        assertTrue(words > 1_000, "the generator must produce plain words, made " + words);
    }

    @Test
    void wordsYaml11ReadsAsOtherValuesAreNotPlainWords() {
        for (String s : new String[] {"yes", "No", "on", "OFF", "true", "null", "y", "N"}) {
            assertFalse(ScalarStyles.isPlainWord(s), s);
            assertEquals(ScalarStyles.Style.DOUBLE, ScalarStyles.choose(s, false), s);
        }
        assertTrue(ScalarStyles.isPlainWord("nginx.ingress.kubernetes.io/rewrite-target"));
    }
}
