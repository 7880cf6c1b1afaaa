package dev.deployer.kustomize.config;

import java.util.ArrayList;
import java.util.List;

/**
 * kustomize's merge of field spec lists: an incoming spec that the list already has (same path,
 * and its GVK selected by the incoming one) is dropped, unless the two disagree on {@code create},
 * which is an error; anything else is appended.
 */
public final class FieldSpecs {

    /** Two specs for the same field disagree on whether to create it. */
    public static final class Conflict extends RuntimeException {
        Conflict(FieldSpec a, FieldSpec b) {
            super("conflicting fieldspecs: " + describe(a) + " and " + describe(b));
        }
    }

    private FieldSpecs() {
    }

    public static List<FieldSpec> merge(List<FieldSpec> list, List<FieldSpec> incoming) {
        List<FieldSpec> out = new ArrayList<>(list);
        for (FieldSpec x : incoming) {
            FieldSpec same = out.stream().filter(s -> s.path().equals(x.path()) && s.gvk().isSelectedBy(x.gvk()))
                    .findFirst().orElse(null);
            if (same == null) {
                out.add(x);
            } else if (same.create() != x.create()) {
                throw new Conflict(same, x);
            }
        }
        return List.copyOf(out);
    }

    static String describe(FieldSpec fs) {
        return fs.gvk() + ":" + fs.create() + ":" + fs.path();
    }
}
