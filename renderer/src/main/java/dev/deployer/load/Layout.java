package dev.deployer.load;

import dev.deployer.diag.Location;
import dev.deployer.diag.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a repository keeps its services: flat, {@code services/<service>/}, or by stack,
 * {@code stacks/<stack>/services/<service>/} beside each {@code stacks/<stack>/stack.yaml}. One
 * layout per repository, so that nobody has to guess where a service lives; and one name per
 * service across stacks, since the name is what the rendered folders, namespaces and the bot's
 * branches are made of.
 */
public final class Layout {

    public static final String SERVICES_DIR = "services";
    public static final String STACKS_DIR = "stacks";

    /**
     * A service directory: {@code stack} is "" in the flat layout.
     *
     * @param relative the directory relative to the repository root, '/'-separated
     */
    public record ServiceDir(String name, String stack, Path dir, String relative) {
    }

    /** A stack directory and its stack.yaml, relative to the repository root. */
    public record StackDir(String name, Path dir, String file) {
    }

    private Layout() {
    }

    /** The directory of {@code service} in {@code stack} ("" for the flat layout), relative to the root. */
    public static String serviceDir(String stack, String service) {
        return stack.isEmpty() ? SERVICES_DIR + "/" + service : STACKS_DIR + "/" + stack + "/" + SERVICES_DIR + "/" + service;
    }

    public static List<StackDir> stacks(Path root, Problems problems) {
        List<StackDir> out = new ArrayList<>();
        for (Path dir : directories(root.resolve(STACKS_DIR))) {
            String name = dir.getFileName().toString();
            String rel = STACKS_DIR + "/" + name;
            if (!Names.isDnsLabel(name)) {
                problems.add(Location.of(rel), "stack directory name '" + name + "' is not a valid name", Names.DNS_LABEL_HINT);
            } else if (!Files.isRegularFile(dir.resolve(StackReader.FILE))) {
                problems.add(Location.of(rel), "stack directory has no " + StackReader.FILE,
                        "create it with 'deployer stack init " + name + "', or remove the directory");
            } else {
                out.add(new StackDir(name, dir, rel + "/" + StackReader.FILE));
            }
        }
        return out;
    }

    /** Every service directory of both layouts; mixing them, or one name twice, is reported. */
    public static List<ServiceDir> services(Path root, List<StackDir> stacks, Problems problems) {
        List<ServiceDir> flat = new ArrayList<>();
        for (Path dir : directories(root.resolve(SERVICES_DIR))) {
            String name = dir.getFileName().toString();
            flat.add(new ServiceDir(name, "", dir, serviceDir("", name)));
        }
        List<ServiceDir> stacked = new ArrayList<>();
        for (StackDir s : stacks) {
            for (Path dir : directories(s.dir().resolve(SERVICES_DIR))) {
                String name = dir.getFileName().toString();
                stacked.add(new ServiceDir(name, s.name(), dir, serviceDir(s.name(), name)));
            }
        }
        if (!flat.isEmpty() && !stacks.isEmpty()) {
            problems.add(Location.of(SERVICES_DIR), "this repository has both services/ and stacks/; a repository"
                    + " uses one layout", "move each of " + names(flat) + " into a stack (git mv " + flat.get(0).relative()
                    + " " + STACKS_DIR + "/<stack>/" + flat.get(0).relative() + "), or move the stacks' services to"
                    + " services/ and remove stacks/");
        }
        List<ServiceDir> all = new ArrayList<>(flat);
        all.addAll(stacked);
        checkUnique(all, problems);
        return all;
    }

    private static void checkUnique(List<ServiceDir> all, Problems problems) {
        Map<String, ServiceDir> seen = new HashMap<>();
        for (ServiceDir d : all) {
            ServiceDir first = seen.putIfAbsent(d.name(), d);
            if (first != null) {
                problems.add(Location.of(d.relative() + "/" + RepoLoader.SERVICE_FILE), "service '" + d.name()
                        + "' is defined twice: " + first.relative() + "/" + RepoLoader.SERVICE_FILE + " and " + d.relative()
                        + "/" + RepoLoader.SERVICE_FILE, "service names are unique across stacks (they name the rendered"
                        + " folders, namespaces and the bot's branches); rename one of the two directories");
            }
        }
    }

    private static String names(List<ServiceDir> dirs) {
        return String.join(", ", dirs.stream().map(ServiceDir::relative).toList());
    }

    private static List<Path> directories(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
