package dev.deployer.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.diag.ConfigException;
import dev.deployer.load.RepoLoader;
import dev.deployer.output.Change;
import dev.deployer.parallel.Workers;
import dev.deployer.output.OutputPlan;
import dev.deployer.output.OutputWriter;
import dev.deployer.render.RenderOptions;
import dev.deployer.render.RenderResult;
import dev.deployer.render.Renderer;
import dev.deployer.testing.TestFiles;
import dev.deployer.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The render cache must never disagree with a full render. Random edits (of one service, of a
 * file another service reads directly or through a template include, of a shared tree, of the profiles, of outputs by hand; touches,
 * stray files, deleted files, broken definitions, new environments for a service) are applied
 * one after another; after each, whatever the cache answers is compared with a full render:
 * "up to date" must be a clean plan, "stale" must be exactly the full plan's changes, byte for byte.
 */
class CacheAgreementTest {

    @TempDir
    Path temp;

    @Test
    void argoCdRepositoryWithSharedAndCrossServiceReads() throws IOException {
        Path repo = temp.resolve("argocd");
        TestFiles.copyTree(TestPaths.example("carts"), repo);
        addService(repo, "orders", "raw", "../../shared/queue.yaml");
        addService(repo, "billing", "raw", "../orders/resources/table.yaml");
        // billing renders orders' file as its own object: named after the reading service, since an
        // object belongs to one service (two services rendering one object is refused).
        replace(repo.resolve("services/orders/resources/table.yaml"), "name: orders-", "name: {{ service }}-orders-");
        addService(repo, "audit", "raw", "resources/audit.yaml"); // reads orders' table through an include
        Files.writeString(repo.resolve("services/audit/resources/audit.yaml"),
                "{% include \"../../orders/resources/table.yaml\" %}");
        Files.createDirectories(repo.resolve("shared"));
        Files.writeString(repo.resolve("shared/queue.yaml"), "apiVersion: sqs.aws.upbound.io/v1beta1\nkind: Queue\n"
                + "metadata:\n  name: {{ name }}\n  namespace: {{ namespace }}\nspec:\n  retentionDays: 3\n");
        Files.writeString(repo.resolve("README.md"), "# not an input\n");
        agree(repo, 120, 1);
    }

    /** The notification-service example keeps its services by stack (stacks/user-platform/services/…). */
    @Test
    void fluxRepositoryWithStacks() throws IOException {
        Path repo = temp.resolve("flux");
        TestFiles.copyTree(TestPaths.example("notification-service"), repo);
        agree(repo, 60, 2);
    }

    /**
     * One object, one owner, also when the cache renders only the changed service: a raw manifest
     * of orders that starts to name carts' Deployment (in demo-dev, carts' dev namespace) leaves
     * the answer to the full render, which refuses it naming both.
     */
    @Test
    void aChangedServiceClaimingAnUnchangedServicesObjectIsLeftToTheFullRender() throws IOException {
        Path repo = temp.resolve("owners");
        TestFiles.copyTree(TestPaths.example("carts"), repo);
        addService(repo, "orders", "worker", "resources/worker.yaml");
        Path worker = repo.resolve("services/orders/resources/worker.yaml");
        String deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %s\n  namespace: demo-dev\n"
                + "spec:\n  template:\n    spec:\n      containers:\n      - name: w\n        image: worker:1\n";
        Files.writeString(worker, deployment.formatted("orders-worker"));
        Files.createDirectories(repo.resolve(".git"));
        render(repo);
        Files.writeString(worker, deployment.formatted("carts-api"));

        CacheCheck fast = RenderCache.check(repo, 1);

        assertTrue(fast instanceof CacheCheck.Unknown u && u.reason().contains("Deployment carts-api"),
                String.valueOf(fast));
        ConfigException full = assertThrows(ConfigException.class, () -> Renderer.render(repo, RenderOptions.all()));
        assertTrue(full.getMessage().contains("is rendered by two services: carts"), full.getMessage());
    }

    private void agree(Path repo, int rounds, long seed) throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        render(repo);
        Random random = new Random(seed);
        int incremental = 0;
        int answered = 0;
        for (int round = 0; round < rounds; round++) {
            String edit = mutate(repo, random);
            String where = "round " + round + " (" + edit + ")";
            CacheCheck fast = RenderCache.check(repo, 1 + random.nextInt(2));
            List<Change> full = fullPlan(repo);
            if (fast instanceof CacheCheck.UpToDate u) {
                assertEquals(List.of(), full, where + ": the cache said up to date");
                incremental += u.rendered() > 0 ? 1 : 0;
                answered++;
            } else if (fast instanceof CacheCheck.Stale s) {
                assertTrue(full != null, where + ": the cache found changes where a full render fails");
                assertEquals(full, s.changes(), where + ": the cache's changes differ from a full render's");
                incremental += s.rendered() > 0 ? 1 : 0;
                answered++;
            }
            if (full == null || random.nextInt(4) == 0) {
                repair(repo);
                render(repo);
                assertTrue(RenderCache.check(repo, 0) instanceof CacheCheck.UpToDate u && u.rendered() == 0,
                        where + ": right after a render");
            }
        }
        assertTrue(answered > rounds / 3, "the cache answered only " + answered + " of " + rounds + " rounds");
        assertTrue(incremental > rounds / 10, "only " + incremental + " answers rendered some units again");
    }

    private String mutate(Path repo, Random random) throws IOException {
        List<Path> services = sources(repo);
        List<Path> outputs = list(repo.resolve("rendered"));
        outputs.addAll(list(repo.resolve("clusters")));
        Path values = pick(services.stream().filter(p -> p.toString().endsWith("/dev.yaml")).toList(), random);
        int kind = random.nextInt(16);
        switch (kind) {
            case 0 -> replace(values, "version: (\\S+)", "version: v0." + random.nextInt(1000));
            case 1 -> append(pick(services, random), "\n# a comment\n");
            case 2 -> append(pick(outputs, random), "# edited by hand\n");
            case 3 -> Files.deleteIfExists(pick(outputs, random));
            case 4 -> Files.writeString(repo.resolve("rendered/dev/stray.yaml"), "# Generated by deployer. stray\n");
            case 5 -> Files.writeString(repo.resolve("rendered/dev/notes.txt"), "mine\n");
            case 6 -> touch(pick(random.nextBoolean() ? services : outputs, random));
            case 7 -> append(repo.resolve("environments/dev.yaml"), "\n# profile comment\n");
            case 8 -> Files.writeString(values, "version: v2." + random.nextInt(9) + "\ncomponents:\n  "
                    + firstComponent(values.getParent()) + ":\n    labels:\n      tier: t" + random.nextInt(3) + "\n");
            case 9 -> {
                if (Files.exists(repo.resolve("shared/queue.yaml"))) {
                    replace(repo.resolve("shared/queue.yaml"), "retentionDays: \\d+", "retentionDays: " + random.nextInt(9));
                }
            }
            case 10 -> {
                if (Files.exists(repo.resolve("services/orders/resources/table.yaml"))) {
                    replace(repo.resolve("services/orders/resources/table.yaml"), "billingMode: \\S+",
                            "billingMode: MODE" + random.nextInt(9));
                }
            }
            case 11 -> Files.writeString(values, "version: [broken\n");
            case 12 -> Files.deleteIfExists(values.resolveSibling("stage.yaml"));
            case 13 -> Files.writeString(repo.resolve("README.md"), "# edited " + random.nextInt() + "\n");
            case 14 -> {
                Path overlay = values.getParent().resolve("overlays/dev/kustomization.yaml");
                Files.createDirectories(overlay.getParent());
                Files.writeString(overlay, "commonAnnotations:\n  note: n" + random.nextInt(5) + "\n");
            }
            default -> Files.writeString(values.resolveSibling("prod.yaml"), Files.readString(values));
        }
        return "edit " + kind;
    }

    /** Undoes what would make every later render fail, so the walk can go on. */
    private static void repair(Path repo) throws IOException {
        for (Path p : sources(repo)) {
            if (Files.readString(p).contains("[broken")) {
                Files.writeString(p, "version: v1.0.0\n");
            }
        }
    }

    private static void render(Path repo) {
        RenderRecorder recorder = new RenderRecorder();
        RenderResult result = Renderer.render(RepoLoader.load(repo), RenderOptions.all(), recorder);
        OutputWriter.apply(OutputPlan.compute(repo, result.files(), result.scope()));
        RenderCache.record(repo, result, recorder, Workers.of(0));
    }

    /** The full render's changes, or null when the repository does not render. */
    private static List<Change> fullPlan(Path repo) {
        try {
            RenderResult result = Renderer.render(repo, RenderOptions.all());
            return OutputPlan.compute(repo, result.files(), result.scope()).changes();
        } catch (ConfigException e) {
            return null;
        }
    }

    /** A copy of carts named {@code name}, with one more raw component reading {@code rawFile}. */
    private static void addService(Path repo, String name, String component, String rawFile) throws IOException {
        Path from = repo.resolve("services/carts");
        Path to = repo.resolve("services").resolve(name);
        for (Path p : list(from)) {
            Path target = to.resolve(from.relativize(p).toString());
            Files.createDirectories(target.getParent());
            Files.writeString(target, Files.readString(p).replace("carts", name));
        }
        append(to.resolve("service.yaml"), "  " + component + ":\n    type: raw\n    files: [" + rawFile + "]\n");
    }

    private static String firstComponent(Path serviceDir) throws IOException {
        String def = Files.readString(serviceDir.resolve("service.yaml"));
        String after = def.substring(def.indexOf("components:\n") + "components:\n".length());
        return after.substring(2, after.indexOf(':'));
    }

    private static void replace(Path file, String regex, String with) throws IOException {
        Files.writeString(file, Files.readString(file).replaceFirst(regex, with));
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }

    private static void touch(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    }

    private static Path pick(List<Path> files, Random random) {
        return files.get(random.nextInt(files.size()));
    }

    /** The files of every service (and of every stack, stack.yaml included), in either layout. */
    private static List<Path> sources(Path repo) throws IOException {
        List<Path> out = list(repo.resolve("services"));
        out.addAll(list(repo.resolve("stacks")));
        return out;
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return new ArrayList<>();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return new ArrayList<>(s.filter(Files::isRegularFile).sorted().toList());
        }
    }
}
