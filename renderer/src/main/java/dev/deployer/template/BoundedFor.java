package dev.deployer.template;

import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.node.ForNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.ForTokenParser;
import java.util.AbstractCollection;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * The {@code for} tag, parsed as Pebble parses it, with every element the loop takes counted
 * against the evaluation's {@link WorkBudget}: nested loops over large lists end with an error
 * naming the template and line instead of running for minutes.
 */
final class BoundedFor extends ForTokenParser {

    @Override
    public RenderableNode parse(Token token, Parser parser) {
        ForNode n = (ForNode) super.parse(token, parser);
        return new ForNode(n.getLineNumber(), n.getIterationVariable(), new Counted(n.getIterable()), n.getBody(),
                n.getElseBody());
    }

    /** The loop's iterable, handed to Pebble as a collection whose iterator counts. */
    private static final class Counted extends Wrapped {

        Counted(Expression<?> inner) {
            super(inner);
        }

        @Override
        Object guard(Object value, PebbleTemplateImpl self) {
            if (value instanceof Map<?, ?> m) {
                return counting(m.entrySet(), self, getLineNumber());
            }
            if (value instanceof Collection<?> c) {
                return counting(c, self, getLineNumber());
            }
            if (value != null && value.getClass().isArray()) {
                return counting(java.util.stream.IntStream.range(0, java.lang.reflect.Array.getLength(value))
                        .mapToObj(i -> java.lang.reflect.Array.get(value, i)).toList(), self, getLineNumber());
            }
            return value;
        }
    }

    private static Collection<Object> counting(Collection<?> c, PebbleTemplateImpl self, int line) {
        return new AbstractCollection<>() {
            @Override
            public Iterator<Object> iterator() {
                Iterator<?> it = c.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Object next() {
                        WorkBudget.iteration(self, line);
                        return it.next();
                    }
                };
            }

            @Override
            public int size() {
                return c.size();
            }
        };
    }
}
