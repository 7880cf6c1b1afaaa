package dev.deployer.template;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.node.AbstractRenderableNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.IncludeTokenParser;
import java.io.IOException;
import java.io.Writer;

/**
 * The {@code include} tag, parsed as Pebble parses it, with a bound on nesting (a template that
 * includes itself) and the including line on a refused or missing template, which Pebble's
 * loader cannot know.
 */
final class BoundedInclude extends IncludeTokenParser {

    @Override
    public RenderableNode parse(Token token, Parser parser) {
        return new Node(super.parse(token, parser), token.getLineNumber());
    }

    private static final class Node extends AbstractRenderableNode {
        private final RenderableNode include;

        Node(RenderableNode include, int line) {
            super(line);
            this.include = include;
        }

        @Override
        public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws IOException {
            WorkBudget.enterInclude(self, getLineNumber());
            try {
                include.render(self, writer, context);
            } catch (PebbleException e) {
                if (e.getLineNumber() != null) {
                    throw e;
                }
                throw new Refused(e, e.getPebbleMessage(), getLineNumber(), self.getName(),
                        e instanceof LoaderException ? Refused.INCLUDE_HINT : "fix the include");
            } finally {
                WorkBudget.leaveInclude();
            }
        }

        @Override
        public void accept(NodeVisitor visitor) {
            include.accept(visitor);
        }
    }
}
