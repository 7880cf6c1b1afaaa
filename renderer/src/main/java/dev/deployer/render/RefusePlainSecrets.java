package dev.deployer.render;

import dev.deployer.diag.Location;

/** Plain Secrets refused (see {@link PlainSecrets}), unless deployer.yaml allows them for the repository. */
final class RefusePlainSecrets implements UnitStage {

    @Override
    public void run(UnitWork unit) {
        if (!unit.render().repo().config().allowPlainSecrets()) {
            PlainSecrets.check(unit.objects(), Location.of(unit.instance().directory()), unit.render().repo().files(),
                    unit.problems());
        }
    }
}
