package dev.deployer.difftest;

import static dev.deployer.difftest.Value.arr;
import static dev.deployer.difftest.Value.obj;

import dev.deployer.difftest.Value.Obj;
import java.util.List;

/**
 * Files of YAML documents: one or several documents with the separators, end markers, empty and
 * comment-only documents YAML allows, or a {@code kind: List}; then written with CRLF line ends, a
 * byte order mark or no final newline now and then.
 */
final class Manifests {

    private final Rand rand;

    Manifests(Rand rand) {
        this.rand = rand;
    }

    /** A resource file holding these objects. */
    String file(List<Res> objects) {
        if (objects.size() > 1 && rand.chance(0.1)) {
            Obj list = obj("apiVersion", "v1", "kind", "List", "items", arr(objects.stream().map(Res::doc).toList()));
            return encode(YamlWriter.document(list, rand));
        }
        StringBuilder out = new StringBuilder();
        if (rand.chance(0.2)) {
            out.append(rand.pick("---\n", "# leading comment\n---\n", "--- # first\n"));
        }
        for (int i = 0; i < objects.size(); i++) {
            if (i > 0) {
                out.append(separator());
            }
            out.append(YamlWriter.document(objects.get(i).doc(), rand));
        }
        if (rand.chance(0.1)) {
            out.append(rand.pick("---\n", "...\n", "---\n# only a comment\n"));
        }
        return encode(out.toString());
    }

    /** Any map document, written alone (a kustomization, a patch, a replacement file). */
    String document(Obj doc) {
        return encode(YamlWriter.document(doc, rand));
    }

    private String separator() {
        return switch (rand.between(0, 9)) {
            case 0 -> "...\n---\n";
            case 1 -> "---\n---\n";
            case 2 -> "--- # next\n";
            case 3 -> "---\n# comment only\n---\n";
            default -> "---\n";
        };
    }

    /** The file's bytes as text: line ends, byte order mark, final newline. */
    String encode(String text) {
        String out = text;
        if (rand.chance(0.08)) {
            out = out.stripTrailing();
        } else if (rand.chance(0.05)) {
            out = out + rand.pick("\n", "  \n", "# trailing\n");
        }
        if (rand.chance(0.06)) {
            out = out.replace("\n", "\r\n");
        }
        if (rand.chance(0.04)) {
            out = "\uFEFF" + out;
        }
        return out;
    }
}
