package dev.deployer.kustomize.config;

import dev.deployer.kustomize.model.Gvk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * kustomize's Gvk.IsLessThan, the order every merge leaves field specs in: kinds of the legacy
     * sort's first list, then other kinds, then its last list; within a rank by
     * {@code group_version_kind} with {@code ~G}, {@code ~V} and {@code ~K} for empty parts. That is
     * why a spec for one kind sorts before the same path for any kind, and then hides it.
     */
    public static final Comparator<Gvk> GVK_ORDER = Comparator.comparingInt(FieldSpecs::rankOf)
            .thenComparing(FieldSpecs::stableString);

    private static final Map<String, Integer> RANK = rank();

    private FieldSpecs() {
    }

    private static Map<String, Integer> rank() {
        Map<String, Integer> out = new HashMap<>();
        List<String> first = SortOptions.DEFAULT_FIRST;
        for (int i = 0; i < first.size(); i++) {
            out.put(first.get(i), i - first.size());
        }
        for (int i = 0; i < SortOptions.DEFAULT_LAST.size(); i++) {
            out.put(SortOptions.DEFAULT_LAST.get(i), i + 1);
        }
        return out;
    }

    private static int rankOf(Gvk g) {
        return RANK.getOrDefault(g.kind(), 0);
    }

    private static String stableString(Gvk g) {
        return (g.group().isEmpty() ? "~G" : g.group()) + "_" + (g.version().isEmpty() ? "~V" : g.version()) + "_"
                + (g.kind().isEmpty() ? "~K" : g.kind());
    }

    /** The specs in kustomize's order (a stable sort). */
    public static List<FieldSpec> sorted(List<FieldSpec> specs) {
        List<FieldSpec> out = new ArrayList<>(specs);
        out.sort(Comparator.comparing(FieldSpec::gvk, GVK_ORDER));
        return List.copyOf(out);
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
