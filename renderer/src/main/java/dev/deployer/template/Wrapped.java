package dev.deployer.template;

import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;

/** An expression of the template evaluated as Pebble evaluates it, its value then checked or wrapped by the sandbox. */
abstract class Wrapped implements Expression<Object> {

    private final Expression<?> inner;

    Wrapped(Expression<?> inner) {
        this.inner = inner;
    }

    /** What the sandbox makes of the value Pebble computed. */
    abstract Object guard(Object value, PebbleTemplateImpl self);

    @Override
    public final Object evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
        return guard(inner.evaluate(self, context), self);
    }

    @Override
    public final int getLineNumber() {
        return inner.getLineNumber();
    }

    @Override
    public final void accept(NodeVisitor visitor) {
        inner.accept(visitor);
    }
}
