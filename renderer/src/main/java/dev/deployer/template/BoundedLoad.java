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
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.io.IOException;
import java.io.Writer;

/**
 * A tag that loads another template ({@code include}, {@code import}, {@code from}), parsed as
 * Pebble parses it, with a bound on nesting (a template that includes itself) and the loading
 * line on a refused or missing template, which Pebble's loader cannot know.
 */
final class BoundedLoad implements TokenParser {

    private final TokenParser pebble;

    BoundedLoad(TokenParser pebble) {
        this.pebble = pebble;
    }

    @Override
    public String getTag() {
        return pebble.getTag();
    }

    @Override
    public RenderableNode parse(Token token, Parser parser) {
        return new Node(pebble.parse(token, parser), token.getLineNumber(), pebble.getTag());
    }

    private static final class Node extends AbstractRenderableNode {
        private final RenderableNode load;
        private final String tag;

        Node(RenderableNode load, int line, String tag) {
            super(line);
            this.load = load;
            this.tag = tag;
        }

        @Override
        public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws IOException {
            WorkBudget.enterInclude(self, getLineNumber());
            try {
                load.render(self, writer, context);
            } catch (PebbleException e) {
                if (e.getLineNumber() != null) {
                    throw e;
                }
                throw new Refused(e, e.getPebbleMessage(), getLineNumber(), self.getName(),
                        e instanceof LoaderException ? Refused.INCLUDE_HINT : "fix the " + tag);
            } finally {
                WorkBudget.leaveInclude();
            }
        }

        @Override
        public void accept(NodeVisitor visitor) {
            load.accept(visitor);
        }
    }
}
