package dev.deployer.template;

import dev.deployer.files.Boundary;
import dev.deployer.files.Utf8;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds templates for Pebble, and nothing else. A name like {@code web/deployment.yaml.peb} is
 * looked up in the repository's {@code templates/} folder first, then among the built-in
 * templates in the jar; a name starting with {@value #REPO_FILE} is a file of the repository
 * (a raw component's manifest). Names are normalised and must stay inside their root, so an
 * {@code include} in a user's template cannot read anything else on the machine.
 *
 * <p>It also remembers which template included which (Pebble resolves every include, import and
 * embed through {@link #resolveRelativePath}, naming the including template), so the engine can
 * tell which repository files a rendering reached without Pebble telling it.
 */
final class TemplateLoader implements Loader<String> {

    static final String REPO_FILE = "@repo/";
    static final String BUILTIN_PREFIX = "deployer/templates/";

    private final Path repoRoot;
    private final Path repoTemplates;
    private final Boundary boundary;
    private final Map<String, Set<String>> includes = new ConcurrentHashMap<>();

    TemplateLoader(Path repoRoot, Path repoTemplates) {
        this.repoRoot = repoRoot;
        this.repoTemplates = repoTemplates;
        this.boundary = Boundary.of(repoRoot);
    }

    @Override
    public Reader getReader(String name) {
        String safe = normalize(name);
        try {
            if (safe.startsWith(REPO_FILE)) {
                String relative = safe.substring(REPO_FILE.length());
                return new StringReader(Utf8.decode(Files.readAllBytes(inside(repoRoot.resolve(relative), name)), relative));
            }
            Path own = repoTemplates.resolve(safe);
            if (Files.isRegularFile(inside(own, name))) {
                return new StringReader(Utf8.decode(Files.readAllBytes(own), "templates/" + safe));
            }
            InputStream in = getClass().getClassLoader().getResourceAsStream(BUILTIN_PREFIX + safe);
            if (in == null) {
                throw new LoaderException(null, "template not found: " + name);
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LoaderException(e, "cannot read template " + name + ": " + e.getMessage());
        }
    }

    @Override
    public boolean resourceExists(String name) {
        String safe;
        try {
            safe = normalize(name);
        } catch (LoaderException e) {
            return false;
        }
        if (safe.startsWith(REPO_FILE)) {
            Path file = repoRoot.resolve(safe.substring(REPO_FILE.length()));
            return boundary.contains(file) && Files.isRegularFile(file);
        }
        Path own = repoTemplates.resolve(safe);
        return boundary.contains(own) && Files.isRegularFile(own)
                || getClass().getClassLoader().getResource(BUILTIN_PREFIX + safe) != null;
    }

    /** The file, after checking with the repository's boundary that no link leads out of it. */
    private Path inside(Path file, String name) {
        if (!boundary.contains(file)) {
            throw new LoaderException(null, "template path leaves the repository (through a link): " + name);
        }
        return file;
    }

    /** An include or import is relative to the including template's folder. */
    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        if (relativePath.startsWith("/")) {
            throw new LoaderException(null, "absolute template paths are not allowed: " + relativePath);
        }
        int slash = anchorPath.lastIndexOf('/');
        String resolved = slash < 0 ? relativePath : normalize(anchorPath.substring(0, slash + 1) + relativePath);
        includes.computeIfAbsent(normalize(anchorPath), k -> ConcurrentHashMap.newKeySet()).add(normalize(resolved));
        return resolved;
    }

    /**
     * The repository files {@code name} and what it includes (transitively) were read from, as far
     * as this loader has seen includes resolved: after rendering {@code name}, every one its
     * rendering reached. Includes chosen by a variable may differ between renderings, so this is
     * the union over all of them, which errs on the side of more files.
     */
    Set<Path> repoFilesReached(String name) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(normalize(name));
        Set<Path> out = new HashSet<>();
        while (!todo.isEmpty()) {
            String next = todo.removeFirst();
            if (seen.add(next)) {
                if (next.startsWith(REPO_FILE)) {
                    out.add(repoRoot.resolve(next.substring(REPO_FILE.length())));
                }
                todo.addAll(includes.getOrDefault(next, Set.of()));
            }
        }
        return out;
    }

    @Override
    public String createCacheKey(String name) {
        return normalize(name);
    }

    @Override
    public void setCharset(String charset) {
        // always UTF-8
    }

    @Override
    public void setPrefix(String prefix) {
        // names are resolved by this class only
    }

    @Override
    public void setSuffix(String suffix) {
        // names are resolved by this class only
    }

    /** Collapses "." and "..", refusing any name that would climb out of its root. */
    static String normalize(String name) {
        boolean repoFile = name.startsWith(REPO_FILE);
        String body = repoFile ? name.substring(REPO_FILE.length()) : name;
        if (body.startsWith("/") || body.contains("\\") || body.contains(":")) {
            throw new LoaderException(null, "template path not allowed: " + name);
        }
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : body.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    throw new LoaderException(null, "template path leaves the templates folder: " + name);
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        String joined = String.join("/", parts);
        return repoFile ? REPO_FILE + joined : joined;
    }
}
