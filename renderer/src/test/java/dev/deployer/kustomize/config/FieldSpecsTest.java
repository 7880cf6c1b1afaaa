package dev.deployer.kustomize.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.deployer.kustomize.model.Gvk;
import java.util.List;
import org.junit.jupiter.api.Test;

/** kustomize's field spec merge: duplicates dropped, create: conflicts refused, back references merged by kind. */
class FieldSpecsTest {

    private static final FieldSpec ANY_NAME = FieldSpec.of("", "metadata/name", false);
    private static final FieldSpec CRD_NAME = FieldSpec.of("MyKind", "metadata/name", false);
    private static final FieldSpec CRD_SPEC = FieldSpec.of("MyKind", "spec/name", true);

    @Test
    void aSpecTheListHasAlreadyIsDropped() {
        assertEquals(List.of(CRD_NAME), FieldSpecs.merge(List.of(CRD_NAME), List.of(ANY_NAME)),
                "an incoming spec for any kind covers the one for MyKind");
        assertEquals(List.of(ANY_NAME, CRD_NAME), FieldSpecs.merge(List.of(ANY_NAME), List.of(CRD_NAME)));
        assertEquals(List.of(ANY_NAME), FieldSpecs.merge(List.of(ANY_NAME), List.of(ANY_NAME)));
        assertEquals(List.of(ANY_NAME, CRD_SPEC), FieldSpecs.merge(List.of(ANY_NAME), List.of(CRD_SPEC)));
    }

    @Test
    void disagreeingOnCreateIsAConflict() {
        FieldSpec created = FieldSpec.of("MyKind", "spec/name", false);
        assertThrows(FieldSpecs.Conflict.class, () -> FieldSpecs.merge(List.of(CRD_SPEC), List.of(created)));
    }

    @Test
    void backReferencesMergeByTargetKind() {
        Gvk secret = new Gvk("", "v1", "Secret");
        TransformerConfig base = new TransformerConfig(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(new NameBackRef(secret, List.of(CRD_SPEC))), List.of(), List.of(),
                List.of());
        TransformerConfig more = new TransformerConfig(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(new NameBackRef(secret, List.of(CRD_NAME)),
                        new NameBackRef(new Gvk("", "v1", "ConfigMap"), List.of(CRD_NAME))), List.of(), List.of(),
                List.of());
        TransformerConfig merged = base.merge(more);
        assertEquals(2, merged.nameReference().size());
        assertEquals("ConfigMap", merged.nameReference().get(0).target().kind(), "sorted as kustomize sorts kinds");
        assertEquals(List.of(CRD_SPEC, CRD_NAME), merged.nameReference().get(1).referrers());
        assertEquals(base, base.merge(TransformerConfig.EMPTY));
        TransformerConfig anyThenKind = new TransformerConfig(List.of(ANY_NAME, CRD_NAME), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        assertEquals(List.of(CRD_NAME), TransformerConfig.EMPTY.merge(anyThenKind.sorted()).namePrefix(),
                "sorted, the kind's spec comes first and covers the one for any kind");
    }
}
