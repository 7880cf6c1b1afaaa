package dev.deployer.bot.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads the {@link Outline} of every document from snakeyaml-engine's event stream. The text
 * has already been validated by {@code YamlParser}, so a parse error here is a bug.
 */
final class OutlineReader {

    private static final int MAX_CODE_POINTS = 32 * 1024 * 1024;

    private final SourceText source;
    private final ParserImpl events;

    private OutlineReader(SourceText source) {
        this.source = source;
        LoadSettings settings = LoadSettings.builder().setCodePointLimit(MAX_CODE_POINTS).build();
        this.events = new ParserImpl(settings, new StreamReader(settings, source.text()));
    }

    /** The root node of each document, in order (an empty document has an empty plain scalar). */
    static List<Outline> documents(SourceText source) {
        return new OutlineReader(source).read();
    }

    private List<Outline> read() {
        List<Outline> roots = new ArrayList<>();
        while (events.hasNext()) {
            if (events.next().getEventId() == Event.ID.DocumentStart) {
                roots.add(node(events.next()));
                events.next();
            }
        }
        return roots;
    }

    private Outline node(Event e) {
        return switch (e.getEventId()) {
            case Scalar -> scalar((ScalarEvent) e);
            case Alias -> new Outline.Alias(((AliasEvent) e).getAlias().getValue(),
                    offset(e.getStartMark()), offset(e.getEndMark()), line(e), column(e));
            case MappingStart -> mapping((CollectionStartEvent) e);
            case SequenceStart -> sequence((CollectionStartEvent) e);
            default -> throw new IllegalStateException("unexpected YAML event " + e);
        };
    }

    private Outline.Scalar scalar(ScalarEvent e) {
        return new Outline.Scalar(e.getValue(), e.getScalarStyle(), e.getTag(), anchor(e.getAnchor()),
                offset(e.getStartMark()), offset(e.getEndMark()), line(e), column(e));
    }

    private Outline.Mapping mapping(CollectionStartEvent start) {
        List<Outline.Entry> entries = new ArrayList<>();
        Event e = events.next();
        while (e.getEventId() != Event.ID.MappingEnd) {
            Outline key = node(e);
            entries.add(new Outline.Entry(key, node(events.next())));
            e = events.next();
        }
        return new Outline.Mapping(start.getFlowStyle() == FlowStyle.FLOW, List.copyOf(entries),
                anchor(start.getAnchor()), offset(start.getStartMark()), offset(e.getEndMark()), line(start),
                column(start));
    }

    private Outline.Sequence sequence(CollectionStartEvent start) {
        List<Outline> items = new ArrayList<>();
        Event e = events.next();
        while (e.getEventId() != Event.ID.SequenceEnd) {
            items.add(node(e));
            e = events.next();
        }
        return new Outline.Sequence(start.getFlowStyle() == FlowStyle.FLOW, List.copyOf(items),
                anchor(start.getAnchor()), offset(start.getStartMark()), offset(e.getEndMark()), line(start),
                column(start));
    }

    private static Optional<String> anchor(Optional<Anchor> anchor) {
        return anchor.map(Anchor::getValue);
    }

    private int offset(Optional<Mark> mark) {
        return source.offset(mark.orElseThrow(() -> new IllegalStateException("parser gave no marks")));
    }

    private static int line(Event e) {
        return e.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private static int column(Event e) {
        return e.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
    }
}
