package dev.deployer.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.deployer.diag.ConfigException;
import dev.deployer.parallel.Workers;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Planning and writing on an in-memory file system. */
class OutputPlanTest {

    private FileSystem fs;
    private Path root;

    @BeforeEach
    void setUp() throws IOException {
        fs = Jimfs.newFileSystem(Configuration.unix());
        root = fs.getPath("/repo");
        Files.createDirectories(root.resolve("rendered/dev/a"));
    }

    @AfterEach
    void tearDown() throws IOException {
        fs.close();
    }

    private static OutputFile file(String path, String body) {
        return new OutputFile(path, OutputFile.header("services/a") + body);
    }

    @Test
    void addsModifiesAndDeletesOnlyGeneratedFilesInScope() throws IOException {
        Files.writeString(root.resolve("rendered/dev/a/old.yaml"), OutputFile.header("x") + "old\n");
        Files.writeString(root.resolve("rendered/dev/a/mine.yaml"), "hand written\n");
        Files.writeString(root.resolve("rendered/dev/a/same.yaml"), OutputFile.header("services/a") + "same\n");
        Files.createDirectories(root.resolve("rendered/prod/a"));
        Files.writeString(root.resolve("rendered/prod/a/other.yaml"), OutputFile.header("x") + "out of scope\n");
        List<OutputFile> files = List.of(file("rendered/dev/a/new.yaml", "new\n"), file("rendered/dev/a/same.yaml", "same\n"));

        OutputPlan plan = OutputPlan.compute(root, files, List.of("rendered/dev/"));
        assertEquals(1, plan.count(Change.Kind.ADD));
        assertEquals(1, plan.count(Change.Kind.DELETE));
        assertEquals(1, plan.unchanged());

        OutputWriter.apply(plan);
        assertTrue(Files.exists(root.resolve("rendered/dev/a/new.yaml")));
        assertFalse(Files.exists(root.resolve("rendered/dev/a/old.yaml")));
        assertTrue(Files.exists(root.resolve("rendered/dev/a/mine.yaml")), "hand-written files are never touched");
        assertTrue(Files.exists(root.resolve("rendered/prod/a/other.yaml")), "files out of scope stay");
        assertTrue(OutputPlan.compute(root, files, List.of("rendered/dev/")).isEmpty(), "a second run is a no-op");
    }

    @Test
    void unchangedFilesAreNotRewritten() throws IOException {
        Path same = root.resolve("rendered/dev/a/same.yaml");
        Files.writeString(same, OutputFile.header("services/a") + "same\n");
        FileTime before = FileTime.fromMillis(1000);
        Files.setLastModifiedTime(same, before);
        OutputWriter.apply(OutputPlan.compute(root, List.of(file("rendered/dev/a/same.yaml", "same\n")), List.of("rendered/")));
        assertEquals(before, Files.getLastModifiedTime(same));
    }

    @Test
    void onManyWorkersTheFirstRefusedFileInPathOrderIsNamed() throws IOException {
        List<OutputFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String path = String.format("rendered/dev/a/f%03d.yaml", i);
            if (i % 50 == 7) {
                Files.writeString(root.resolve(path), "hand written\n");
            }
            files.add(file(path, "x\n"));
        }
        for (int round = 0; round < 5; round++) {
            ConfigException e = assertThrows(ConfigException.class,
                    () -> OutputPlan.compute(root, files, List.of("rendered/"), Workers.of(8)));
            assertEquals("rendered/dev/a/f007.yaml", e.diagnostics().get(0).location().file());
        }
    }

    @Test
    void writingOnManyWorkersGivesTheSameTreeAsOnOne() throws IOException {
        List<OutputFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            files.add(file("rendered/dev/s" + (i % 30) + "/f" + i + ".yaml", "n: " + i + "\n"));
        }
        Path one = fs.getPath("/one");
        Path many = fs.getPath("/many");
        OutputWriter.apply(OutputPlan.compute(one, files, List.of("rendered/"), Workers.of(1)), Workers.of(1));
        OutputWriter.apply(OutputPlan.compute(many, files, List.of("rendered/"), Workers.of(8)), Workers.of(8));
        for (OutputFile f : files) {
            assertEquals(f.content(), Files.readString(many.resolve(f.path())));
            assertEquals(Files.readString(one.resolve(f.path())), Files.readString(many.resolve(f.path())));
        }
        try (var walk = Files.walk(many)) {
            assertEquals(files.size(), walk.filter(Files::isRegularFile).count(), "no temporary file is left");
        }
    }

    @Test
    void refusesToOverwriteAFileItDidNotGenerate() throws IOException {
        Files.writeString(root.resolve("rendered/dev/a/x.yaml"), "hand written\n");
        assertThrows(ConfigException.class,
                () -> OutputPlan.compute(root, List.of(file("rendered/dev/a/x.yaml", "x\n")), List.of("rendered/")));
    }

    @Test
    void emptiedDirectoriesAreRemoved() throws IOException {
        Files.createDirectories(root.resolve("rendered/dev/gone"));
        Files.writeString(root.resolve("rendered/dev/gone/x.yaml"), OutputFile.header("x") + "x\n");
        OutputWriter.apply(OutputPlan.compute(root, List.of(), List.of("rendered/")));
        assertFalse(Files.exists(root.resolve("rendered/dev/gone")));
    }

    @Test
    void outputPathsCannotLeaveTheRoot() {
        assertThrows(IllegalArgumentException.class, () -> new OutputFile("rendered/../../etc/x", ""));
        assertThrows(IllegalArgumentException.class, () -> new OutputFile("/etc/x", ""));
    }
}
