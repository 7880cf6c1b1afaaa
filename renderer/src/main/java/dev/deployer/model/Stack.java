package dev.deployer.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A stack: services grouped under {@code stacks/<name>/}, described and owned together by
 * {@code stacks/<name>/stack.yaml}, whose profile values and promotion settings its services
 * inherit. A repository with the flat {@code services/} layout has no stacks; its services form
 * one implicit, unnamed group.
 *
 * @param file         the stack.yaml, relative to the repository root
 * @param owners       code owners of the stack's services ({@code @user}, {@code @org/team}, an e-mail)
 * @param environments each environment's profile as the stack's services see it (the
 *                     environment's own with the stack's layers over it)
 */
public record Stack(String name, String file, String description, List<String> owners,
                    Map<String, Environment> environments) {

    public Stack {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        description = description == null ? "" : description;
        owners = List.copyOf(owners);
        environments = Map.copyOf(environments);
    }

    public Optional<Environment> environment(String env) {
        return Optional.ofNullable(environments.get(env));
    }
}
