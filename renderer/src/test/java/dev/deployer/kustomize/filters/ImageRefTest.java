package dev.deployer.kustomize.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.kustomize.config.ImageSpec;
import org.junit.jupiter.api.Test;

/** images[].name matching (anchored regex over the whole repository) and rewriting. */
class ImageRefTest {

    @Test
    void nameMustMatchTheWholeRepository() {
        assertTrue(ImageRef.matches("nginx:1.25", "nginx"));
        assertTrue(ImageRef.matches("nginx@sha256:abc", "nginx"));
        assertFalse(ImageRef.matches("nginx-exporter:1", "nginx"));
        assertFalse(ImageRef.matches("registry.example.com/shop/cart:1", "cart"));
        assertTrue(ImageRef.matches("myXapp:3", "my.app"));
        assertTrue(ImageRef.matches("registry:5000/team/api:1", "registry:5000/team/api"));
    }

    @Test
    void tagDigestAndSuffixRules() {
        String img = "registry:5000/app:1.0@sha256:aaa";
        assertEquals("registry:5000/app:2", ImageRef.update(img, new ImageSpec("registry:5000/app", "", "2", "", "")));
        assertEquals("registry:5000/app@sha256:bbb",
                ImageRef.update(img, new ImageSpec("registry:5000/app", "", "", "sha256:bbb", "")));
        assertEquals("other/app:1.0@sha256:aaa",
                ImageRef.update(img, new ImageSpec("registry:5000/app", "other/app", "", "", "")));
        assertEquals("app:2@sha256:ccc", ImageRef.update("app:1", new ImageSpec("app", "", "2", "sha256:ccc", "")));
        assertEquals("app:1-debug", ImageRef.update("app:1", new ImageSpec("app", "", "", "", "-debug")));
        assertEquals("registry:5000/app", String.join("|", ImageRef.split("registry:5000/app")).split("\\|")[0]);
    }
}
