package dev.deployer.kustomize.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YScalar;
import dev.deployer.yaml.YamlEmitter;
import dev.deployer.yaml.YamlParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 6902 as json-patch v4 (kustomize's library) applies it. */
class JsonPatchTest {

    private static YMap doc() {
        return (YMap) YamlParser.parseOne("a:\n  list: [x, y]\n  k/v: 1\n  t~n: 2\n", "t.yaml");
    }

    private static JsonPatch.Op op(String op, String path, String from, String value) {
        return new JsonPatch.Op(op, path, from, value == null ? YScalar.nullValue() : YScalar.string(value));
    }

    @Test
    void addInsertsAppendsAndReplacesKeys() {
        YMap d = doc();
        JsonPatch.apply(d, List.of(op("add", "/a/list/0", "", "first"), op("add", "/a/list/-", "", "last"),
                op("add", "/a/k~1v", "", "replaced"), op("remove", "/a/t~0n", "", null)));
        assertEquals("a:\n  k/v: replaced\n  list:\n  - first\n  - x\n  - \"y\"\n  - last\n", YamlEmitter.emit(d));
    }

    @Test
    void moveCopyTest() {
        YMap d = doc();
        JsonPatch.apply(d, List.of(op("copy", "/a/c", "/a/list", null), op("move", "/b", "/a/list/1", null),
                op("test", "/b", "", "y")));
        assertEquals("a:\n  c:\n  - x\n  - \"y\"\n  k/v: 1\n  list:\n  - x\n  t~n: 2\nb: \"y\"\n", YamlEmitter.emit(d));
    }

    @Test
    void failuresNameThePath() {
        var e = assertThrows(JsonPatch.PatchFailed.class,
                () -> JsonPatch.apply(doc(), List.of(op("remove", "/a/missing", "", null))));
        assertEquals("error in remove for path: '/a/missing': Unable to remove nonexistent key: missing: missing value",
                e.getMessage());
        assertThrows(JsonPatch.PatchFailed.class, () -> JsonPatch.apply(doc(), List.of(op("test", "/a/k~1v", "", "2"))));
    }

    @Test
    void replaceOfAMissingKeySetsItLikeJsonPatchV4() {
        YMap d = doc();
        JsonPatch.apply(d, List.of(op("replace", "/a/new", "", "v")));
        assertEquals("v", ((YMap) d.get("a")).string("new").orElseThrow());
    }
}
