package dev.deployer.kustomize.config;

import dev.deployer.kustomize.model.Gvk;
import java.util.List;

/** A nameReference entry: a kind of referenced object and the fields of other objects that name it. */
public record NameBackRef(Gvk target, List<FieldSpec> referrers) {

    public NameBackRef {
        referrers = List.copyOf(referrers);
    }
}
