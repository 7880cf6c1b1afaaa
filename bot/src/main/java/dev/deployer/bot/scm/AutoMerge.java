package dev.deployer.bot.scm;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether the host should merge the pull request by itself once its checks and reviews pass,
 * and how. {@link #OFF} leaves merging to a human.
 */
public record AutoMerge(boolean enabled, MergeMethod method) {

    public static final AutoMerge OFF = new AutoMerge(false, MergeMethod.MERGE);

    public AutoMerge {
        Objects.requireNonNull(method, "method");
    }

    public static AutoMerge with(MergeMethod method) {
        return new AutoMerge(true, method);
    }

    public Optional<MergeMethod> methodIfEnabled() {
        return enabled ? Optional.of(method) : Optional.empty();
    }
}
