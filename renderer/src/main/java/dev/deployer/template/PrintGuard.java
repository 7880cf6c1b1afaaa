package dev.deployer.template;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.node.PrintNode;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import java.util.Collection;
import java.util.Map;

/**
 * Templates print data only: strings, numbers, booleans and lists or maps of them. Anything else
 * ({@code _context}, {@code template}, a macro's internals) would print a Java object's identity,
 * which differs from run to run and breaks {@code render --check}; it is an error naming the line.
 */
final class PrintGuard implements NodeVisitorFactory {

    @Override
    public NodeVisitor createVisitor(PebbleTemplate template) {
        return new AbstractNodeVisitor((PebbleTemplateImpl) template) {
            @Override
            public void visit(PrintNode node) {
                node.setExpression(new Checked(node.getExpression()));
                super.visit(node);
            }
        };
    }

    /** Whether {@code value} prints the same text in every run. */
    static boolean isData(Object value) {
        if (value == null || value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?> || value instanceof dev.deployer.yaml.YNode) {
            return true;
        }
        try {
            if (value instanceof Map<?, ?> m) {
                return m.entrySet().stream().allMatch(e -> isData(e.getKey()) && isData(e.getValue()));
            }
            if (value instanceof Collection<?> c) {
                return c.stream().allMatch(PrintGuard::isData);
            }
        } catch (UnsupportedOperationException e) {
            return false; // Pebble's view of its own context is a map that cannot be listed
        }
        return false;
    }

    static PebbleException notData(Object value, int line, String template) {
        return new Refused(null, "cannot print " + value.getClass().getSimpleName()
                + ": templates print strings, numbers, booleans, lists and maps", line, template,
                "print values from the template context (docs/templates.md), not Pebble's own objects");
    }

    private static final class Checked extends Wrapped {

        Checked(Expression<?> inner) {
            super(inner);
        }

        @Override
        Object guard(Object value, PebbleTemplateImpl self) {
            if (!isData(value)) {
                throw notData(value, getLineNumber(), self.getName());
            }
            return value;
        }
    }
}
