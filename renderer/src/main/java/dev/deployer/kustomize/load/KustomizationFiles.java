package dev.deployer.kustomize.load;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds a directory's kustomization file: exactly one of the three names kustomize recognises. */
public final class KustomizationFiles {

    public static final List<String> NAMES = List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

    private KustomizationFiles() {
    }

    public static Path find(Path dir, Location from) {
        if (!Files.isDirectory(dir)) {
            throw new ConfigException(from, "'" + dir + "' is not a directory",
                    "point at the directory that holds kustomization.yaml");
        }
        List<Path> found = NAMES.stream().map(dir::resolve).filter(Files::isRegularFile).toList();
        if (found.isEmpty()) {
            throw new ConfigException(from, "unable to find one of 'kustomization.yaml', 'kustomization.yml' or "
                    + "'Kustomization' in directory '" + dir + "'",
                    "a directory listed under resources or components needs its own kustomization file");
        }
        if (found.size() > 1) {
            throw new ConfigException(Location.of(found.get(1).toString()), "found multiple kustomization files under: "
                    + dir, "keep only one of " + found.stream().map(p -> p.getFileName().toString()).toList());
        }
        return found.get(0);
    }
}
