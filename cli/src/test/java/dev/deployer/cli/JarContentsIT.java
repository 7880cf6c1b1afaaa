package dev.deployer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.testing.TestPaths;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * What shading may lose, checked on the shipped jar against the runtime class path it was made
 * from ({@code target/runtime-classpath.txt}): the manifest, every class (multi-release ones
 * included), every resource, and every service provider registration (merged, not overwritten).
 * The tests run on the unshaded class path, so only this sees what users get.
 */
class JarContentsIT {

    private static final Path TARGET = TestPaths.projectRoot().resolve("cli/target");

    @Test
    void theManifestStartsMainAndTurnsOnMultiReleaseClasses() throws IOException {
        try (JarFile jar = new JarFile(TARGET.resolve("deployer.jar").toFile())) {
            var attributes = jar.getManifest().getMainAttributes();
            assertEquals("dev.deployer.cli.Main", attributes.getValue("Main-Class"));
            assertEquals("true", attributes.getValue("Multi-Release"), "without it META-INF/versions/ is ignored");
        }
    }

    @Test
    void everyClassResourceAndServiceOfTheClassPathIsInTheJar() throws IOException {
        Map<String, byte[]> shaded = entries(TARGET.resolve("deployer.jar"));
        List<String> missing = new ArrayList<>();
        for (Path source : classPath()) {
            for (Map.Entry<String, byte[]> e : entries(source).entrySet()) {
                String name = e.getKey();
                if (dropped(name)) {
                    continue;
                }
                if (!shaded.containsKey(name)) {
                    missing.add(name + " (from " + source.getFileName() + ")");
                } else if (name.startsWith("META-INF/services/")) {
                    missing.addAll(providersNotIn(shaded.get(name), e.getValue(), name));
                }
            }
        }
        assertTrue(missing.isEmpty(), missing.size() + " entries lost in shading:\n  " + String.join("\n  ",
                missing.subList(0, Math.min(40, missing.size()))));
    }

    @Test
    void theBuiltInTemplatesAndProfilesAreTheOnesInTheRepository() throws IOException {
        Map<String, byte[]> shaded = entries(TARGET.resolve("deployer.jar"));
        int checked = 0;
        for (String dir : List.of("templates", "environments")) {
            Path root = TestPaths.projectRoot().resolve(dir);
            try (Stream<Path> s = Files.walk(root)) {
                for (Path f : s.filter(Files::isRegularFile).toList()) {
                    String name = "deployer/" + dir + "/" + root.relativize(f).toString().replace('\\', '/');
                    assertTrue(shaded.containsKey(name), name + " is not in the jar");
                    assertTrue(Arrays.equals(Files.readAllBytes(f), shaded.get(name)), name + " differs in the jar");
                    checked++;
                }
            }
        }
        assertTrue(checked > 10, "only " + checked + " built-in files found");
    }

    /** What the shade configuration leaves out on purpose: signatures, module descriptors, manifests. */
    private static boolean dropped(String name) {
        return name.endsWith("/") || name.equals("META-INF/MANIFEST.MF") || name.endsWith("module-info.class")
                || name.matches("META-INF/[^/]+\\.(SF|DSA|RSA)") || name.startsWith("META-INF/maven/")
                || name.matches("META-INF/(LICENSE|NOTICE|DEPENDENCIES|jandex\\.idx)(\\.txt|\\.md)?");
    }

    private static List<String> providersNotIn(byte[] merged, byte[] own, String file) {
        List<String> lost = new ArrayList<>();
        List<String> all = lines(merged);
        for (String provider : lines(own)) {
            if (!all.contains(provider)) {
                lost.add(file + ": " + provider);
            }
        }
        return lost;
    }

    private static List<String> lines(byte[] text) {
        return new String(text, StandardCharsets.UTF_8).lines().map(l -> l.replaceAll("#.*", "").strip())
                .filter(l -> !l.isEmpty()).toList();
    }

    private static List<Path> classPath() throws IOException {
        Path file = TARGET.resolve("runtime-classpath.txt");
        assertTrue(Files.isRegularFile(file), file + " is missing: it is written in 'package'");
        List<Path> paths = new ArrayList<>(Arrays.stream(Files.readString(file).strip().split(File.pathSeparator))
                .map(Path::of).toList());
        paths.add(TARGET.resolve("classes"));
        assertTrue(paths.size() > 10, "runtime class path: " + paths);
        return paths;
    }

    private static Map<String, byte[]> entries(Path source) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        if (Files.isDirectory(source)) {
            try (Stream<Path> s = Files.walk(source)) {
                for (Path f : s.filter(Files::isRegularFile).toList()) {
                    entries.put(source.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                }
            }
            return entries;
        }
        try (JarFile jar = new JarFile(source.toFile(), false)) {
            for (ZipEntry e : jar.stream().toList()) {
                try (InputStream in = jar.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }
}
