package dev.deployer.template;

import io.pebbletemplates.pebble.template.PebbleTemplate;

/**
 * How much work one template evaluation may do: loop iterations in total and include depth.
 * Counts, not time, so a template that passes on one machine passes on every other. Pebble hands
 * no object of ours through macros and includes, so the budget of the evaluation running on this
 * thread is kept here, from {@link #during} to its end, and nowhere else.
 */
final class WorkBudget {

    static final int MAX_ITERATIONS = 1_000_000;
    static final int MAX_RANGE = 100_000;
    static final int MAX_INCLUDE_DEPTH = 32;

    private static final ThreadLocal<WorkBudget> CURRENT = new ThreadLocal<>();

    private long iterations;
    private int includeDepth;

    private WorkBudget() {
    }

    interface Work<T> {
        T run() throws java.io.IOException;
    }

    /** Runs one template evaluation with a fresh budget. */
    static <T> T during(Work<T> work) throws java.io.IOException {
        WorkBudget outer = CURRENT.get();
        CURRENT.set(new WorkBudget());
        try {
            return work.run();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** One more loop iteration, refused past {@link #MAX_ITERATIONS}. */
    static void iteration(PebbleTemplate self, int line) {
        WorkBudget b = CURRENT.get();
        if (b != null && ++b.iterations > MAX_ITERATIONS) {
            throw new Refused(null, "loops ran more than " + MAX_ITERATIONS + " iterations in one template",
                    line, self.getName(), "loop over less data; templates are bounded so a render always ends");
        }
    }

    /** Enters an include, refused past {@link #MAX_INCLUDE_DEPTH} (a template that includes itself). */
    static void enterInclude(PebbleTemplate self, int line) {
        WorkBudget b = CURRENT.get();
        if (b != null && ++b.includeDepth > MAX_INCLUDE_DEPTH) {
            b.includeDepth--;
            throw new Refused(null, "includes nest deeper than " + MAX_INCLUDE_DEPTH
                    + " levels (a template that includes itself?)", line, self.getName(),
                    "give the recursion a condition that ends it");
        }
    }

    static void leaveInclude() {
        WorkBudget b = CURRENT.get();
        if (b != null) {
            b.includeDepth--;
        }
    }
}
