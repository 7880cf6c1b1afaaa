package dev.deployer.template;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.tokenParser.FromTokenParser;
import io.pebbletemplates.pebble.tokenParser.ImportTokenParser;
import io.pebbletemplates.pebble.tokenParser.IncludeTokenParser;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.util.List;
import java.util.Map;

/**
 * The bounds on what a user's template can do, in Pebble's own terms: {@code for} and
 * {@code range} count against the evaluation's {@link WorkBudget}, {@code include}, {@code import}
 * and {@code from} nest only so deep and name their line when refused, and printing is limited to data ({@link PrintGuard}).
 * Registered after Pebble's core extension, so these replace the core tags and function.
 */
final class Sandbox extends AbstractExtension {

    @Override
    public List<TokenParser> getTokenParsers() {
        return List.of(new BoundedFor(), new BoundedLoad(new IncludeTokenParser()), new BoundedLoad(new ImportTokenParser()),
                new BoundedLoad(new FromTokenParser()));
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("range", new BoundedRange());
    }

    @Override
    public List<NodeVisitorFactory> getNodeVisitors() {
        return List.of(new PrintGuard());
    }
}
