package dev.deployer.template;

import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.core.RangeFunction;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * {@code range(start, end, step)} as Pebble's, refused when it would hold more than
 * {@link WorkBudget#MAX_RANGE} numbers: Pebble builds the whole list before the loop starts.
 */
final class BoundedRange implements Function {

    private final RangeFunction pebble = new RangeFunction();

    @Override
    public List<String> getArgumentNames() {
        return pebble.getArgumentNames();
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
        double start = number(args.get("start"));
        double end = number(args.get("end"));
        double step = args.get("increment") == null ? 1 : number(args.get("increment"));
        if (step == 0 || Math.abs((end - start) / step) > WorkBudget.MAX_RANGE) {
            throw new Refused(null, "range(" + args.get("start") + ", " + args.get("end")
                    + (step == 0 ? ") needs a step other than 0" : ") would hold more than " + WorkBudget.MAX_RANGE
                    + " numbers"), line, self.getName(), "loop over less data; templates are bounded so a render always ends");
        }
        return pebble.execute(args, self, context, line);
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : 0;
    }
}
