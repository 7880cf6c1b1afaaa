package dev.deployer.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Build-time only: the training run of the class-data sharing archive ({@code cli/pom.xml}
 * runs it with {@code -XX:ArchiveClassesAtExit}). A dynamic archive holds the classes one JVM
 * loaded, so this one JVM goes through what users run most: a full render, the render cache's
 * answers before picocli (unchanged, one service changed), a full check, printing objects, and
 * {@code kustomize DIR} before picocli on an overlay using the common kustomize features.
 *
 * <p>usage: {@code java -XX:ArchiveClassesAtExit=deployer.jsa -cp deployer.jar dev.deployer.cli.CdsTraining
 * EXAMPLE_DIR KUSTOMIZATION_DIR}
 */
final class CdsTraining {

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("deployer-cds");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try {
            Path repo = work.resolve("repo");
            copy(Path.of(args[0]), repo);
            Files.createDirectories(repo.resolve(".git"));
            String r = repo.toString();
            Main.run("render", "--quiet", "--repo", r);
            QuickCheck.run(new String[] {"render", "--check", "--repo", r}, quiet, quiet);
            Path values = Files.list(repo.resolve("services")).sorted().findFirst().orElseThrow().resolve("dev.yaml");
            Files.writeString(values, Files.readString(values) + "\n# training\n");
            QuickCheck.run(new String[] {"render", "--check", "--repo", r}, quiet, quiet);
            Files.writeString(values, Files.readString(values).replaceFirst("version: \\S+", "version: v0.0.0-training"));
            QuickCheck.run(new String[] {"render", "--check", "--repo", r}, quiet, quiet);
            DeployerCommand.commandLine().setOut(new java.io.PrintWriter(quiet)).setErr(new java.io.PrintWriter(quiet))
                    .execute("render", "--check", "--full", "--repo", r);
            DeployerCommand.commandLine().setOut(new java.io.PrintWriter(quiet)).execute("render", "--output", "yaml", "--repo", r);
            QuickKustomize.run(new String[] {"kustomize", args[1]}, quiet, quiet);
        } finally {
            delete(work);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
