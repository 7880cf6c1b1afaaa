package dev.deployer.kustomize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YamlParser;
import org.junit.jupiter.api.Test;

/** The content-hash suffix, checked against names kubectl kustomize generated. */
class NameHashTest {

    private static YMap yaml(String text) {
        return (YMap) YamlParser.parseOne(text, "test.yaml");
    }

    @Test
    void configMapSuffixMatchesKustomize() {
        // kubectl kustomize: configMapGenerator first, literal k=v -> first-bdg947hgcc; the Secret s1 with
        // the same literal (base64 dg==, type Opaque) -> s1-ftgtgc4t9f (own case 090)
        assertEquals("bdg947hgcc", NameHash.suffix(yaml("apiVersion: v1\nkind: ConfigMap\nmetadata:\n"
                + "  name: first\ndata:\n  k: v\n")));
        assertEquals("ftgtgc4t9f", NameHash.suffix(yaml("apiVersion: v1\nkind: Secret\nmetadata:\n"
                + "  name: s1\ntype: Opaque\ndata:\n  k: dg==\n")));
    }

    @Test
    void nameLabelsAndAnnotationsAreNotHashedButDataIs() {
        YMap a = yaml("kind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v\n");
        YMap b = yaml("kind: ConfigMap\nmetadata:\n  name: b\n  annotations: {x: y}\ndata:\n  k: v\n");
        YMap c = yaml("kind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: w\n");
        assertEquals(NameHash.suffix(a), NameHash.suffix(b));
        assertNotEquals(NameHash.suffix(a), NameHash.suffix(c));
    }

    @Test
    void hashInputIsGoJsonWithEmptyName() {
        YMap secret = yaml("kind: Secret\ntype: Opaque\nmetadata:\n  name: s\ndata:\n  b: Mg==\n  a: <&>\n");
        assertEquals("{\"data\":{\"a\":\"\\u003c\\u0026\\u003e\",\"b\":\"Mg==\"},\"kind\":\"Secret\",\"name\":\"\","
                + "\"type\":\"Opaque\"}", dev.deployer.yaml.Json.write(NameHash.hashInput(secret)));
        YMap noData = yaml("kind: ConfigMap\nmetadata:\n  name: e\n");
        assertEquals("{\"data\":\"\",\"kind\":\"ConfigMap\",\"name\":\"\"}",
                dev.deployer.yaml.Json.write(NameHash.hashInput(noData)));
    }

    @Test
    void suffixUsesKustomizesLetterMapping() {
        String s = NameHash.suffix(yaml("kind: ConfigMap\ndata:\n  k: v\n"));
        assertEquals(10, s.length());
        assertEquals(-1, s.chars().filter(ch -> "013ae".indexOf(ch) >= 0).findAny().orElse(-1));
    }
}
