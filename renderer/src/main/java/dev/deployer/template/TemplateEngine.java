package dev.deployer.template;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Diagnostic;
import dev.deployer.diag.Location;
import dev.deployer.trace.ReadTracker;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.error.RootAttributeNotFoundException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Pebble, configured for YAML and for templates that come from users' repositories:
 * strict variables (a typo is an error with template and line, not an empty string), no newline
 * trimming (it would eat YAML line breaks), no HTML escaping, no Java method calls from
 * templates, a bound on output size, on loop iterations and include depth ({@link Sandbox}),
 * printing limited to data, and a loader that cannot leave the repository. One engine per render
 * run: compiled templates are cached and shared by all threads.
 */
public final class TemplateEngine {

    private static final int MAX_OUTPUT = 8 * 1024 * 1024;

    private final PebbleEngine pebble;
    private final TemplateLoader loader;
    private final Path repoTemplates;

    public TemplateEngine(Path repoRoot) {
        this.repoTemplates = repoRoot.resolve("templates");
        this.loader = new TemplateLoader(repoRoot, repoTemplates);
        this.pebble = new PebbleEngine.Builder()
                .loader(loader)
                .extension(new YamlFilters(), new Sandbox())
                .strictVariables(true)
                .defaultLocale(java.util.Locale.ROOT)
                .newLineTrimming(false)
                .autoEscaping(false)
                .methodAccessValidator((object, method) -> false)
                .maxRenderedSize(MAX_OUTPUT)
                .cacheActive(true)
                .build();
    }

    /** Renders a template by name ({@code web/deployment.yaml.peb}). */
    public String render(String name, Map<String, Object> context) {
        return render(name, context, ReadTracker.NONE);
    }

    /** Renders a template by name, noting in {@code reads} the repository files it included. */
    public String render(String name, Map<String, Object> context, ReadTracker reads) {
        return render(name, displayName(name), context, reads);
    }

    /**
     * Renders a file of the repository, given relative to its root with '/' separators, noting it
     * and the repository files it included in {@code reads}.
     */
    public String renderRepoFile(String relativePath, Map<String, Object> context, ReadTracker reads) {
        return render(TemplateLoader.REPO_FILE + relativePath, relativePath, context, reads);
    }

    private String render(String name, String display, Map<String, Object> context, ReadTracker reads) {
        try {
            return evaluate(name, display, context);
        } finally {
            loader.repoFilesReached(name).forEach(reads::read);
        }
    }

    /** Where a template named {@code name} comes from, as users should read it in messages. */
    public String displayName(String name) {
        return Files.isRegularFile(repoTemplates.resolve(name)) ? "templates/" + name : "(built-in) templates/" + name;
    }

    /** Whether the repository overrides or adds a template of this name. */
    public boolean repositoryHas(String name) {
        return Files.isRegularFile(repoTemplates.resolve(name));
    }

    public Path repositoryTemplates() {
        return repoTemplates;
    }

    private String evaluate(String name, String display, Map<String, Object> context) {
        try {
            PebbleTemplate template = pebble.getTemplate(name);
            StringWriter out = new StringWriter();
            WorkBudget.during(() -> {
                template.evaluate(out, context);
                return out;
            });
            return out.toString();
        } catch (StackOverflowError e) {
            throw new ConfigException(Location.of(display), "template recursion too deep: a macro or include calls itself"
                    + " without end", "give the recursion a condition that ends it");
        } catch (PebbleException e) {
            throw new ConfigException(translate(e, display));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ConfigException e) {
            throw e; // the loader's own refusal (a file that is not UTF-8), already at file:line
        } catch (RuntimeException e) {
            // A filter or function failing on its input (e.g. date on a string) is the template's problem.
            throw new ConfigException(new Diagnostic(Location.of(display), "template error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), "check the values passed to filters and functions"));
        }
    }

    private Diagnostic translate(PebbleException e, String display) {
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        String file = display;
        if (e.getFileName() != null && !e.getFileName().isEmpty()) {
            String f = e.getFileName();
            file = f.startsWith(TemplateLoader.REPO_FILE) ? f.substring(TemplateLoader.REPO_FILE.length()) : displayName(f);
        }
        String hint = e instanceof Refused r ? r.hint()
                : e instanceof LoaderException ? Refused.INCLUDE_HINT
                : e instanceof RootAttributeNotFoundException || e instanceof AttributeNotFoundException
                ? "check the spelling; the values available to templates are listed in docs/templates.md"
                : "fix the template syntax";
        String message = e.getPebbleMessage() == null ? e.getClass().getSimpleName() : e.getPebbleMessage();
        return new Diagnostic(new Location(file, line, 0), "template error: " + message, hint);
    }
}
