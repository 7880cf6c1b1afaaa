package dev.deployer.kustomize.load;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Location;
import dev.deployer.files.Boundary;
import dev.deployer.trace.ReadTracker;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YamlParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * State shared by every kustomization of one build: the boundary no read may cross (within a
 * render, the repository; for {@code deployer kustomize DIR}, none beyond kustomize's own rules),
 * the tracker that hears of every file the build reads, the file cache (each file is read and
 * parsed once, callers get copies) and the stack of kustomization roots being built, for cycle
 * detection.
 */
public final class Session {

    private final Boundary boundary;
    private final ReadTracker reads;
    private final Map<Path, byte[]> bytes = new HashMap<>();
    private final Map<Path, List<YNode>> parsed = new HashMap<>();
    private final Deque<Path> building = new ArrayDeque<>();

    public Session(Boundary boundary, ReadTracker reads) {
        this.boundary = boundary;
        this.reads = reads;
    }

    /** {@code path} (a file or a kustomization directory), refused when it leaves the boundary. */
    public Path confined(Path path, String written, Location from) {
        return boundary.check(path, written, from);
    }

    public byte[] readBytes(Path file, Location from) {
        confined(file, file.toString(), from);
        reads.read(file);
        return bytes.computeIfAbsent(file, f -> {
            try {
                return Files.readAllBytes(f);
            } catch (IOException e) {
                throw new ConfigException(from, "cannot read " + f + ": " + e.getMessage(),
                        "check that the file exists and is readable");
            }
        });
    }

    public String readText(Path file, Location from) {
        return new String(readBytes(file, from), StandardCharsets.UTF_8);
    }

    /** Whether the file's bytes are valid UTF-8 (generators put other content in binaryData). */
    public static boolean isUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The file's non-empty YAML documents, as fresh copies the caller may edit. */
    public List<YNode> documents(Path file, Location from) {
        List<YNode> docs = parsed.computeIfAbsent(file,
                f -> YamlParser.parseKustomizeResources(readText(f, from), f.toString()));
        return docs.stream().map(YNode::deepCopy).toList();
    }

    /** Enters a kustomization root; a root already on the stack is a cycle. */
    public void enter(Path root, Location from) {
        if (building.contains(root)) {
            throw new ConfigException(from, "cycle detected: " + root + " includes itself through its resources",
                    "two kustomizations list each other; remove one of the references");
        }
        building.push(root);
    }

    public void leave(Path root) {
        building.remove(root);
    }
}
