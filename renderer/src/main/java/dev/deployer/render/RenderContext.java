package dev.deployer.render;

import dev.deployer.load.Repo;
import dev.deployer.template.TemplateEngine;

/**
 * What every unit of one render shares: the loaded repository and one template engine (compiled
 * templates are cached and shared by all threads), with the renderer of a unit's templates.
 */
record RenderContext(Repo repo, TemplateEngine engine, InstanceRenderer templates) {

    static RenderContext of(Repo repo) {
        TemplateEngine engine = new TemplateEngine(repo.files().root());
        ComponentTemplates types = new ComponentTemplates(engine, repo.files().boundary());
        return new RenderContext(repo, engine, new InstanceRenderer(engine, types, repo.config()));
    }
}
