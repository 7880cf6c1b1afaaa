package dev.deployer.kustomize.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.deployer.yaml.YList;
import dev.deployer.yaml.YScalar;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** kustomize's $(VAR) expansion: typed whole-string references, escapes, unknown names left alone. */
class VarExpansionTest {

    private final VarExpansion e = new VarExpansion(Map.of("PORT", YScalar.integer(8080), "HOST", YScalar.string("db"),
            "RATIO", new YScalar(YScalar.Type.FLOAT, "1500000", null)));

    @Test
    void aWholeReferenceKeepsTheValuesType() {
        assertEquals(YScalar.integer(8080), e.expand("$(PORT)"));
        assertEquals(YScalar.string("db:8080"), e.expand("$(HOST):$(PORT)"));
        assertEquals(YScalar.string("x=1.5e+06"), e.expand("x=$(RATIO)"), "Go's %v of a float64");
        assertEquals(Set.of("HOST", "PORT", "RATIO"), e.used());
    }

    @Test
    void escapesUnknownNamesAndUnclosedReferencesStayAsWritten() {
        assertEquals(YScalar.string("$(HOST)"), e.expand("$$(HOST)"));
        assertEquals(YScalar.string("$(NOPE)"), e.expand("$(NOPE)"));
        assertEquals(YScalar.string("$(HOST $(HOST)"), e.expand("$(HOST $(HOST)"), "the name runs to the first )");
        assertEquals(YScalar.string("db $(HOST"), e.expand("$(HOST) $(HOST"));
        assertEquals(YScalar.string("a$b $"), e.expand("a$b $"));
    }

    @Test
    void valuesAreReadAsKustomizeReadsThem() {
        assertEquals(YScalar.integer(10), VarExpansion.valueOf(new YScalar(YScalar.Type.INT, "010", null)));
        assertEquals("0.5", VarExpansion.valueOf(new YScalar(YScalar.Type.FLOAT, ".50", null)).value());
        assertEquals(YScalar.bool(true), VarExpansion.valueOf(new YScalar(YScalar.Type.BOOL, "True", null)));
        assertNull(VarExpansion.valueOf(new YList()), "maps and lists are never substituted");
        assertEquals("123456", VarExpansion.formatG("123456.0"));
        assertEquals("1e-05", VarExpansion.formatG("0.00001"));
    }
}
