package dev.deployer.render;

import dev.deployer.controller.ComponentObjects;
import dev.deployer.controller.ServiceOutput;
import dev.deployer.diag.Problems;
import dev.deployer.load.ServiceSource;
import dev.deployer.model.ServiceInstance;
import dev.deployer.output.OutputFile;
import dev.deployer.trace.ReadTracker;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One render unit while its stages run: which service in which environment, what it shares with
 * the other units, where the files it reads are noted and its problems collected, and what the
 * stages produced so far. The one mutable thing a unit's run owns; nothing in it depends on the
 * thread it runs on.
 */
final class UnitWork {

    private final RenderContext render;
    private final ServiceSource service;
    private final String env;
    private final Set<Path> read = ConcurrentHashMap.newKeySet();
    private final ReadTracker reads = ReadTracker.into(read);
    private final Problems problems = new Problems();
    private ServiceInstance instance;
    private List<ComponentObjects> objects = List.of();
    private List<OutputFile> files = List.of();

    UnitWork(RenderContext render, ServiceSource service, String env) {
        this.render = render;
        this.service = service;
        this.env = env;
    }

    RenderContext render() {
        return render;
    }

    ServiceSource service() {
        return service;
    }

    String env() {
        return env;
    }

    ReadTracker reads() {
        return reads;
    }

    Problems problems() {
        return problems;
    }

    ServiceInstance instance() {
        return instance;
    }

    void instance(ServiceInstance resolved) {
        instance = resolved;
    }

    List<ComponentObjects> objects() {
        return objects;
    }

    void objects(List<ComponentObjects> rendered) {
        objects = List.copyOf(rendered);
    }

    /**
     * Lets go of the trees the stages built once the result is taken: the list of every unit
     * lives until the last one is done, and the trees of 3,000 units held the largest part of a
     * render's memory.
     */
    void release() {
        instance = null;
        objects = List.of();
        files = List.of();
    }

    void files(List<OutputFile> laidOut) {
        files = List.copyOf(laidOut);
    }

    /** What the unit produced, keeping of its objects only what the environment's files need. */
    RenderedUnit result() {
        return new RenderedUnit(env, service.name(), new ServiceOutput(instance, objects).withoutNamespacedObjects(),
                files, read, Ownership.claims(instance, objects, render.repo().files()));
    }
}
