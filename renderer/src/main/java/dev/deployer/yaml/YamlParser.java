package dev.deployer.yaml;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Diagnostic;
import dev.deployer.diag.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads YAML text into {@link YNode} trees with 1-based locations. Built on snakeyaml-engine's
 * event parser so that typing follows kustomize (see {@link ScalarResolver}), aliases and merge
 * keys are expanded into independent copies, and every duplicate key of a file is reported.
 * Errors are {@link ConfigException}s naming {@code file:line:col}.
 */
public final class YamlParser {

    /** Bounds what one file may expand to through aliases ("billion laughs"). */
    private static final int MAX_ALIAS_EXPANSION = 100_000;
    private static final int MAX_CODE_POINTS = 32 * 1024 * 1024;
    /**
     * How deep maps and lists may nest. Every later stage walks trees recursively; a bound here
     * keeps a hostile file from overflowing their stacks. The deepest real manifests (CRD schemas)
     * stay far below it.
     */
    public static final int MAX_DEPTH = 200;
    private static final String MERGE_KEY = "<<";

    private final String source;
    private final String text;
    private final ParserImpl events;
    private final Map<String, YNode> anchors = new HashMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();
    private int expanded;
    private int depth;
    /** How many flow collections ({@code {...}}, {@code [...]}) enclose the current node. */
    private int flowDepth;
    private final Dialect dialect;
    /** Whether the input holds a raw U+2028 or U+2029, which go-yaml reads as a line break. */
    private final boolean separators;

    /** Which reader's rules: YAML 1.2 (go-yaml v3), YAML 1.1 (sigs.k8s.io/yaml), or kyaml's for kustomize resources. */
    private enum Dialect {
        YAML12, YAML11, YAML11_LAST_KEY_WINS, KYAML;

        boolean yaml11() {
            return this == YAML11 || this == YAML11_LAST_KEY_WINS;
        }
    }

    private YamlParser(String text, String source, Dialect dialect) {
        this.source = source;
        this.text = text;
        this.dialect = dialect;
        this.separators = LineSeparators.in(text);
        LoadSettings settings = LoadSettings.builder()
                .setLabel(source)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setMaxAliasesForCollections(1000)
                .build();
        this.events = new ParserImpl(settings, new StreamReader(settings, text));
    }

    /** Every document of a multi-document stream; an empty document is a null scalar. */
    public static List<YNode> parseAll(String text, String source) {
        return read(text, source, Dialect.YAML12);
    }

    /**
     * Every document, with plain scalars typed by YAML 1.1 rules as sigs.k8s.io/yaml (go-yaml v2)
     * reads them ({@code yes}/{@code on} are booleans, dates stay strings): how kustomize reads
     * kustomization files and JSON 6902 patches.
     */
    public static List<YNode> parseAllYaml11(String text, String source) {
        return read(text, source, Dialect.YAML11);
    }

    /**
     * Like {@link #parseAllYaml11}, but a key given twice in a map is no error: the last one wins,
     * as sigs.k8s.io/yaml reads kustomization files (kustomize accepts them so).
     */
    public static List<YNode> parseAllYaml11LastKeyWins(String text, String source) {
        return read(text, source, Dialect.YAML11_LAST_KEY_WINS);
    }

    /** Every non-empty document (nulls from empty or comment-only documents are dropped). */
    public static List<YNode> parseResources(String text, String source) {
        return parseAll(text, source).stream().filter(n -> !n.isNull()).toList();
    }

    /**
     * Every non-empty document as kustomize reads resource files and patches (kyaml on go-yaml
     * v3): YAML 1.2 typing, and kyaml's quirks: a map value written as nothing ({@code a:}) is an
     * empty null, unlike {@code a: null} (see {@link YScalar#isEmptyNull}), and a quoted
     * {@code "<<"} key is dropped with its value.
     */
    public static List<YNode> parseKustomizeResources(String text, String source) {
        return read(text, source, Dialect.KYAML).stream().filter(n -> !n.isNull()).toList();
    }

    /** A file that must hold exactly one document; an empty file gives an empty map. */
    public static YNode parseOne(String text, String source) {
        List<YNode> docs = parseAll(text, source);
        List<YNode> nonEmpty = docs.stream().filter(n -> !n.isNull()).toList();
        if (nonEmpty.size() > 1) {
            throw new ConfigException(nonEmpty.get(1).location(), "expected one YAML document, found " + nonEmpty.size(),
                    "split the documents into separate files");
        }
        return nonEmpty.isEmpty() ? new YMap(Location.of(source)) : nonEmpty.get(0);
    }

    /** Every document; a double-quoted {@code \L} or {@code \P} the engine refuses is spelled out and the text read again. */
    private static List<YNode> read(String text, String source, Dialect dialect) {
        String current = text;
        for (int rewrites = 0; ; rewrites++) {
            YamlParser parser = new YamlParser(current, source, dialect);
            try {
                return parser.documents();
            } catch (EscapeRefused refused) {
                Optional<String> next = SeparatorEscapes.rewrite(current, refused.cause);
                if (next.isEmpty() || rewrites >= SeparatorEscapes.MAX_REWRITES) {
                    throw new ConfigException(parser.translate(refused.cause));
                }
                current = next.get();
            }
        }
    }

    /** The engine refused an escape: {@link #read} decides whether it is one to spell out. */
    private static final class EscapeRefused extends RuntimeException {
        private final transient MarkedYamlEngineException cause;

        EscapeRefused(MarkedYamlEngineException cause) {
            super(null, null, false, false);
            this.cause = cause;
        }
    }

    private List<YNode> documents() {
        List<YNode> out = new ArrayList<>();
        try {
            while (events.hasNext()) {
                Event e = events.next();
                if (e.getEventId() == Event.ID.DocumentStart) {
                    anchors.clear();
                    out.add(node(events.next()));
                    expect(Event.ID.DocumentEnd);
                }
            }
        } catch (MarkedYamlEngineException e) {
            if (String.valueOf(e.getProblem()).startsWith("found unknown escape character")) {
                throw new EscapeRefused(e);
            }
            throw new ConfigException(translate(e));
        } catch (YamlEngineException e) {
            throw new ConfigException(new Diagnostic(Location.of(source), e.getMessage(), "this file is not valid YAML"));
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return out;
    }

    private void expect(Event.ID id) {
        Event e = events.next();
        if (e.getEventId() != id) {
            throw new IllegalStateException("expected " + id + " but parser gave " + e);
        }
    }

    private YNode node(Event e) {
        YNode node = switch (e.getEventId()) {
            case Scalar -> scalar((ScalarEvent) e);
            case SequenceStart -> sequence((SequenceStartEvent) e);
            case MappingStart -> mapping((MappingStartEvent) e);
            case Alias -> alias((AliasEvent) e);
            default -> throw new IllegalStateException("unexpected YAML event " + e);
        };
        if (e instanceof NodeEvent ne && !(e instanceof AliasEvent)) {
            ne.getAnchor().ifPresent(a -> anchors.put(a.getValue(), node));
        }
        return node;
    }

    private YNode alias(AliasEvent e) {
        String name = e.getAlias().getValue();
        YNode target = anchors.get(name);
        if (target == null) {
            problems.add(new Diagnostic(location(e), "unknown alias *" + name, "define the anchor &" + name + " first"));
            return YScalar.nullValue();
        }
        expanded += size(target);
        if (expanded > MAX_ALIAS_EXPANSION) {
            throw new ConfigException(location(e), "aliases expand to more than " + MAX_ALIAS_EXPANSION + " nodes",
                    "this looks like an alias bomb; write the values out");
        }
        return target.deepCopy();
    }

    private YScalar scalar(ScalarEvent e) {
        Location at = location(e);
        Optional<String> tag = e.getTag().filter(t -> !t.equals("!"));
        boolean block = e.getScalarStyle() == ScalarStyle.LITERAL || e.getScalarStyle() == ScalarStyle.FOLDED;
        String value = block ? blockValue(e) : e.getValue();
        if (separators && LineSeparators.in(value)) {
            value = LineSeparators.read(e.getScalarStyle(), value, sourceOf(e), at);
        }
        if (tag.isPresent()) {
            return tagged(tag.get(), value, at);
        }
        if (e.getScalarStyle() != ScalarStyle.PLAIN) {
            return YScalar.string(value, at);
        }
        if (dialect == Dialect.KYAML && flowDepth > 0 && value.indexOf(':') >= 0
                && ScalarResolver.timestamp(value) != null) {
            // kustomize prints a date-time in a flow collection as written (a date alone it does
            // normalise): {t: 2001-12-14 21:59:43} stays "2001-12-14 21:59:43"
            return YScalar.string(value, at);
        }
        return dialect.yaml11() ? ScalarResolver.resolvePlainYaml11(value, at)
                : ScalarResolver.resolvePlain(value, at);
    }

    /** The scalar's text in the input, between its marks (code point indexes). */
    private String sourceOf(ScalarEvent e) {
        int from = e.getStartMark().map(m -> m.getIndex()).orElse(0);
        int to = e.getEndMark().map(m -> m.getIndex()).orElse(text.codePointCount(0, text.length()));
        return text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
    }

    /**
     * A block scalar's value. Its last line break is kept (clip and keep chomping) only when the
     * input has one: YAML 1.2 ends a block scalar with a line break or the end of input, and
     * go-yaml (kustomize) gives {@code x} for {@code k: |} then {@code   x} at the end of a file
     * without a final newline, where snakeyaml-engine adds a line break. The scalar ran to the end
     * of input exactly when its end mark is there (a last line that is only indentation is not
     * part of the scalar, and the mark stops before it).
     */
    private String blockValue(ScalarEvent e) {
        String value = e.getValue();
        if (!value.endsWith("\n") || text.endsWith("\n") || text.endsWith("\r")) {
            return value;
        }
        boolean toEndOfInput = e.getEndMark().map(m -> m.getIndex() == text.codePointCount(0, text.length()))
                .orElse(false);
        return toEndOfInput ? value.substring(0, value.length() - 1) : value;
    }

    private YScalar tagged(String tag, String value, Location at) {
        return switch (tag) {
            case "tag:yaml.org,2002:str" -> YScalar.string(value, at);
            case "tag:yaml.org,2002:null" -> new YScalar(YScalar.Type.NULL, "null", at);
            case "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool" -> {
                YScalar typed = ScalarResolver.resolvePlain(value, at);
                if (typed.isString()) {
                    problems.add(new Diagnostic(at, "cannot read '" + value + "' as " + tag.substring(18),
                            "remove the tag or fix the value"));
                }
                yield typed;
            }
            default -> YScalar.string(value, at);
        };
    }

    /** Enters a map or list, refusing to go deeper than {@link #MAX_DEPTH}. */
    private void enter(CollectionStartEvent start) {
        if (start.isFlow()) {
            flowDepth++;
        }
        if (++depth > MAX_DEPTH) {
            throw new ConfigException(location(start), "YAML nests deeper than " + MAX_DEPTH + " levels",
                    "flatten the structure; Deployer reads at most " + MAX_DEPTH + " levels of maps and lists");
        }
    }

    private void leave(CollectionStartEvent start) {
        depth--;
        if (start.isFlow()) {
            flowDepth--;
        }
    }

    private YList sequence(SequenceStartEvent start) {
        enter(start);
        YList list = new YList(location(start));
        start.getAnchor().ifPresent(a -> anchors.put(a.getValue(), list));
        for (Event e = events.next(); e.getEventId() != Event.ID.SequenceEnd; e = events.next()) {
            list.add(node(e));
        }
        leave(start);
        return list;
    }

    private YMap mapping(MappingStartEvent start) {
        enter(start);
        YMap map = new YMap(location(start));
        start.getAnchor().ifPresent(a -> anchors.put(a.getValue(), map));
        List<YMap> merges = new ArrayList<>();
        for (Event e = events.next(); e.getEventId() != Event.ID.MappingEnd; e = events.next()) {
            Location keyAt = location(e);
            YNode key = node(e);
            Event valueEvent = events.next();
            YNode value = node(valueEvent);
            if (dialect == Dialect.KYAML && isEmpty(valueEvent)) {
                value = new YScalar(YScalar.Type.NULL, start.isFlow() ? YScalar.FLOW_EMPTY_NULL : YScalar.EMPTY_NULL,
                        value.location());
            }
            boolean mergeKey = key instanceof YScalar ks && ks.type() == YScalar.Type.STRING
                    && ks.value().equals(MERGE_KEY);
            if (mergeKey && isPlain(e)) {
                collectMerge(value, keyAt, merges);
                continue;
            }
            if (mergeKey && dialect == Dialect.KYAML) {
                continue;
            }
            if (!(key instanceof YScalar k)) {
                problems.add(new Diagnostic(keyAt, "a map key must be a scalar, found " + key.describe(),
                        "use a plain string as the key"));
                continue;
            }
            String name = k.type() == YScalar.Type.NULL ? "null" : k.value();
            if (map.has(name) && dialect != Dialect.YAML11_LAST_KEY_WINS) {
                Location first = map.keyLocation(name);
                problems.add(new Diagnostic(keyAt, "duplicate key \"" + name + "\""
                        + (first.hasLine() ? " (first defined at line " + first.line() + ")" : ""),
                        "remove one of the two entries"));
                continue;
            }
            map.put(name, value, keyAt);
        }
        // Explicit keys win over merged ones; among merged maps, the first listed wins.
        for (YMap source : merges) {
            source.entries().forEach((k, v) -> {
                if (!map.has(k)) {
                    map.put(k, v.deepCopy(), source.keyLocation(k));
                }
            });
        }
        leave(start);
        return map;
    }

    private void collectMerge(YNode value, Location at, List<YMap> merges) {
        if (value instanceof YMap m) {
            merges.add(m);
        } else if (value instanceof YList l && l.stream().allMatch(YNode::isMap)) {
            l.forEach(n -> merges.add((YMap) n));
        } else {
            problems.add(new Diagnostic(at, "a merge key (<<) needs a map or a list of maps, found " + value.describe(),
                    "point << at an anchored map"));
        }
    }

    /**
     * A value written as nothing ({@code k:}, or {@code !!null} alone): kyaml keeps it apart from
     * {@code null}, and go-yaml v3 writes it back as {@code ''} in a flow mapping.
     */
    private static boolean isEmpty(Event value) {
        return value instanceof ScalarEvent s && s.getValue().isEmpty() && s.getScalarStyle() == ScalarStyle.PLAIN
                && s.getTag().map(t -> t.equals("tag:yaml.org,2002:null")).orElse(true);
    }

    private static boolean isPlain(Event e) {
        return e instanceof ScalarEvent s && s.getScalarStyle() == ScalarStyle.PLAIN;
    }

    private static int size(YNode n) {
        if (n instanceof YMap m) {
            int s = 1;
            for (YNode v : m.entries().values()) {
                s += size(v);
            }
            return s;
        }
        if (n instanceof YList l) {
            int s = 1;
            for (YNode v : l) {
                s += size(v);
            }
            return s;
        }
        return 1;
    }

    private Location location(Event e) {
        return e.getStartMark().map(this::location).orElse(Location.of(source));
    }

    private Location location(Mark m) {
        return new Location(source, m.getLine() + 1, m.getColumn() + 1);
    }

    private Diagnostic translate(MarkedYamlEngineException e) {
        Location at = e.getProblemMark().or(e::getContextMark).map(this::location).orElse(Location.of(source));
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
        return new Diagnostic(at, "invalid YAML: " + problem + context,
                "check the indentation, and quote values that contain ': ' or start with a special character");
    }
}
