package dev.deployer.kustomize.transformers;

import java.util.List;
import java.util.function.Function;

/**
 * One of kustomize's builtin transformer plugins as a kustomization's own fields configure it: the
 * plugin kind (named in transformer annotations) and the instances a kustomization asks for (one
 * per patch or image entry, one for a namePrefix, none when the field is unset).
 */
record Builtin(String kind, Function<KustContext, List<Transformer>> configure) {
}
