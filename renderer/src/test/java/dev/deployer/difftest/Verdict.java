package dev.deployer.difftest;

/**
 * How deployer's build of a tree compares with kubectl's. Agreement is the same bytes, a failure
 * where kubectl fails, a documented refusal of a feature deployer does not support (an
 * {@code UnsupportedFeature} error), or, for a generated repository, a render that refuses its
 * input with a clear error; never a silently different output, never a rendered folder that
 * kubectl cannot build, and never a rendered object its JSON Schema rejects.
 */
enum Verdict {
    SAME, BOTH_FAIL, REFUSED_UNSUPPORTED, RENDER_REFUSED, DIFFERENT_OUTPUT, DEPLOYER_FAILS, DEPLOYER_SUCCEEDS,
    RENDERED_UNBUILDABLE, INVALID_OBJECT, CRASH;

    boolean agrees() {
        return this == SAME || this == BOTH_FAIL || this == REFUSED_UNSUPPORTED || this == RENDER_REFUSED;
    }
}
