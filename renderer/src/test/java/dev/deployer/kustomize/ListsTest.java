package dev.deployer.kustomize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Typed lists (PodList, List, ...) stand for their items, read after the file's other documents (checked with kubectl). */
class ListsTest {

    @Test
    void itemsJoinTheEndOfTheFileAndEmptyListsGiveNothing() {
        KustTree tree = KustTree.of("kustomization.yaml", "resources:\n- r.yaml\nsortOptions:\n  order: fifo\n",
                "r.yaml", "apiVersion: v1\nkind: PodList\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: a\n"
                        + "---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n---\napiVersion: v1\nkind: ThingList\n"
                        + "items:\n---\napiVersion: v1\nkind: FooList\nmetadata:\n  name: notalist\n");
        assertEquals("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: b
                ---
                apiVersion: v1
                kind: FooList
                metadata:
                  name: notalist
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: a
                """, tree.build(""));
        tree.write("r.yaml", "apiVersion: v1\nkind: PodList\nitems: {}\n");
        assertTrue(tree.error("").contains("r.yaml:3:1: error: expected array in PodList/items"), tree.error(""));
    }
}
