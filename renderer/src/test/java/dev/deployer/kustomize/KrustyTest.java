package dev.deployer.kustomize;

import static org.junit.jupiter.api.Assertions.fail;

import dev.deployer.testing.Requires;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * kustomize's own integration tests (krusty, v5.5.0, with the real kustomize's answers in
 * {@code ../shared/conformance/krusty}): the same bytes where kustomize succeeds, a failure where
 * it fails. A wrong output, a success where kustomize fails and a crash are never allowed; a case
 * in {@code krusty-known-failures.txt} may only be a clean refusal, and the list may only shrink
 * (a listed case that passes fails the test until its line is removed).
 */
class KrustyTest {

    private static final Map<String, String> KNOWN_FAILURES = CaseFiles.table("krusty-known-failures.txt");
    private static final Map<String, KrustyCase.Outcome> OUTCOMES = new ConcurrentHashMap<>();
    private static final Map<String, String> DETAILS = new ConcurrentHashMap<>();

    @TestFactory
    Stream<DynamicTest> krusty() {
        Path cases = Requires.shared("conformance/krusty/cases");
        return CaseDirs.list(cases).stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(),
                () -> check(c)));
    }

    private static void check(Path caseDir) {
        String name = caseDir.getFileName().toString();
        KrustyCase.Result result = KrustyCase.run(caseDir);
        OUTCOMES.put(name, result.outcome());
        DETAILS.put(name, result.detail());
        String known = KNOWN_FAILURES.get(name);
        if (result.outcome().passed()) {
            if (known != null) {
                fail("passes now: remove it from krusty-known-failures.txt (" + known + ")");
            }
            return;
        }
        if (known != null && result.outcome().refused()) {
            Assumptions.abort("known failure (" + known + "): " + result.detail());
        }
        fail(result.outcome() + (known != null ? " (listed as a known refusal, but that is not what happens)" : "")
                + ": " + result.detail());
    }

    @AfterAll
    static void report() {
        Map<KrustyCase.Outcome, Integer> counts = new TreeMap<>();
        OUTCOMES.values().forEach(o -> counts.merge(o, 1, Integer::sum));
        long passed = OUTCOMES.values().stream().filter(KrustyCase.Outcome::passed).count();
        System.out.println("krusty: " + passed + "/" + OUTCOMES.size() + " passed " + counts);
        writeOutcomes();
    }

    /** Every case's outcome and detail in target/krusty-outcomes.txt, for working through the failures. */
    private static void writeOutcomes() {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(OUTCOMES).forEach((name, o) -> out.append(name).append('\t').append(o).append('\t')
                .append(DETAILS.get(name).lines().findFirst().orElse("")).append('\n'));
        try {
            Files.writeString(Path.of("target/krusty-outcomes.txt"), out);
        } catch (IOException e) {
            System.out.println("could not write target/krusty-outcomes.txt: " + e);
        }
    }
}
