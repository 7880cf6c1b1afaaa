package dev.deployer.yaml;

/**
 * The layering rule for values: maps merge key by key, everything else (scalars, lists) is
 * replaced by the later layer, and an explicit {@code null} removes the key. Locations are
 * kept, so an error in a merged value still points at the file that wrote it.
 */
public final class Merge {

    private Merge() {
    }

    /** {@code over} layered on top of {@code base}; neither input is modified. */
    public static YMap maps(YMap base, YMap over) {
        YMap result = base.deepCopy();
        over.entries().forEach((key, value) -> {
            if (value.isNull()) {
                result.remove(key);
            } else if (result.get(key) instanceof YMap b && value instanceof YMap o) {
                result.put(key, maps(b, o), over.keyLocation(key));
            } else {
                result.put(key, value.deepCopy(), over.keyLocation(key));
            }
        });
        return result;
    }

    /** Layers left to right: later maps win. */
    public static YMap layers(YMap... maps) {
        dev.deployer.diag.Location at = dev.deployer.diag.Location.UNKNOWN;
        for (YMap m : maps) {
            at = m.location().hasLine() || !at.hasLine() && !m.location().file().isEmpty() ? m.location() : at;
        }
        YMap result = new YMap(at);
        for (YMap m : maps) {
            result = maps(result, m);
        }
        return result;
    }

    /** Deep merge only when both are maps; otherwise the override (or the base when absent). */
    public static YNode nodes(YNode base, YNode over) {
        if (over == null) {
            return base;
        }
        if (base instanceof YMap b && over instanceof YMap o) {
            return maps(b, o);
        }
        return over;
    }
}
