package dev.deployer.render;

import dev.deployer.values.InstanceResolver;

/** Resolve values: the service's definition and values file, layered on its environment, as a {@code ServiceInstance}. */
final class ResolveValues implements UnitStage {

    @Override
    public void run(UnitWork unit) {
        unit.instance(InstanceResolver.resolve(unit.render().repo(), unit.service(), unit.env(), unit.problems(),
                unit.reads()));
    }
}
