package dev.deployer.template;

import dev.deployer.yaml.Json;
import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import dev.deployer.yaml.YamlEmitter;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * Filters that splice values into YAML safely: {@code yaml(indent)} writes a value as a YAML
 * block indented by {@code indent} spaces (or as one quoted-if-needed scalar), {@code json}
 * writes it as a JSON flow value, which is valid YAML anywhere on a line, and {@code indent(n)}
 * shifts a block of text (e.g. an included partial) right by {@code n} spaces.
 */
final class YamlFilters extends AbstractExtension {

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("yaml", new YamlFilter(), "json", new JsonFilter(), "indent", new IndentFilter());
    }

    /** Java values from the template context back into a YAML tree. */
    static YNode toNode(Object value) {
        if (value == null) {
            return YScalar.nullValue();
        }
        if (value instanceof YNode n) {
            return n;
        }
        if (value instanceof Map<?, ?> m) {
            YMap map = new YMap();
            m.forEach((k, v) -> map.put(String.valueOf(k), toNode(v)));
            return map;
        }
        if (value instanceof List<?> l) {
            YList list = new YList();
            l.forEach(v -> list.add(toNode(v)));
            return list;
        }
        if (value instanceof Boolean b) {
            return YScalar.bool(b);
        }
        if (value instanceof Integer || value instanceof Long) {
            return YScalar.integer(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return new YScalar(YScalar.Type.FLOAT, dev.deployer.yaml.GoNumbers.formatJsonFloat(n.doubleValue()), null);
        }
        return YScalar.string(value.toString());
    }

    private static final class YamlFilter implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of("indent");
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext ctx,
                            int line) {
            int indent = width(args.get("indent"), 0, self, line);
            String text = YamlEmitter.emit(toNode(data(input, self, line)));
            text = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            if (indent == 0) {
                return text;
            }
            String pad = " ".repeat(indent);
            return pad + text.replace("\n", "\n" + pad);
        }
    }

    private static final class JsonFilter implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext ctx,
                            int line) {
            return Json.write(toNode(data(input, self, line)));
        }
    }

    private static final class IndentFilter implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of("width");
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext ctx,
                            int line) {
            int width = width(args.get("width"), 2, self, line);
            String pad = " ".repeat(width);
            StringBuilder out = new StringBuilder();
            for (String l : String.valueOf(input).split("\n", -1)) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(l.isBlank() ? l : pad + l);
            }
            return out.toString();
        }
    }

    /** Only data goes through the filters: see {@link PrintGuard}. */
    private static Object data(Object input, PebbleTemplate self, int line) {
        if (!PrintGuard.isData(input)) {
            throw PrintGuard.notData(input, line, self.getName());
        }
        return input;
    }

    /** An indentation width between 0 and {@value #MAX_WIDTH}. */
    private static int width(Object arg, int otherwise, PebbleTemplate self, int line) {
        int w = arg instanceof Number n ? n.intValue() : otherwise;
        if (w < 0 || w > MAX_WIDTH) {
            throw new Refused(null, "indentation " + arg + " is out of range", line, self.getName(),
                    "use a width from 0 to " + MAX_WIDTH);
        }
        return w;
    }

    private static final int MAX_WIDTH = 200;
}
