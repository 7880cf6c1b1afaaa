package dev.deployer.kustomize.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deployer.kustomize.config.TransformerConfig;
import org.junit.jupiter.api.Test;

/** The accumulator's shortcut for the defaults is only valid if merging them again changes nothing. */
class BuiltinSpecsTest {

    @Test
    void theAccumulatedDefaultsAreAFixedPointOfMerging() {
        TransformerConfig acc = BuiltinSpecs.ACCUMULATED_DEFAULTS;
        assertEquals(acc, acc.merge(BuiltinSpecs.DEFAULTS));
        assertEquals(acc, acc.merge(acc));
        assertEquals(acc, TransformerConfig.EMPTY.merge(acc));
        assertEquals(BuiltinSpecs.DEFAULTS, BuiltinSpecs.DEFAULTS.sorted());
    }
}
