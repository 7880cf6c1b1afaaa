package dev.deployer.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A fish completion script written from picocli's command model (picocli generates bash only):
 * one {@code complete} line per subcommand and per option, guarded by the subcommands typed so far.
 */
final class FishCompletion {

    private FishCompletion() {
    }

    static String script(CommandSpec root) {
        StringBuilder out = new StringBuilder("# fish completion for " + root.name()
                + ", written by '" + root.name() + " completion fish'\n");
        out.append("complete -c ").append(root.name()).append(" -f\n");
        command(root, List.of(), out);
        return out.toString();
    }

    private static void command(CommandSpec spec, List<String> path, StringBuilder out) {
        String name = spec.root().name();
        String here = condition(path, spec.subcommands().keySet());
        for (Map.Entry<String, CommandLine> sub : spec.subcommands().entrySet()) {
            if (sub.getValue().getCommandSpec().usageMessage().hidden()) {
                continue;
            }
            out.append("complete -c ").append(name).append(" -n ").append(quote(here)).append(" -a ")
                    .append(sub.getKey()).append(" -d ").append(quote(first(sub.getValue().getCommandSpec().usageMessage().header())))
                    .append('\n');
            List<String> deeper = new ArrayList<>(path);
            deeper.add(sub.getKey());
            command(sub.getValue().getCommandSpec(), deeper, out);
        }
        String inside = condition(path, List.of());
        spec.options().stream().filter(o -> !o.hidden()).forEach(o -> out.append(option(name, inside, o)));
        spec.positionalParameters().stream().filter(p -> p.completionCandidates() != null)
                .forEach(p -> out.append(positional(name, here, p)));
    }

    private static String option(String command, String condition, OptionSpec o) {
        StringBuilder line = new StringBuilder("complete -c " + command + " -n " + quote(condition));
        for (String n : o.names()) {
            line.append(n.startsWith("--") ? " -l " + n.substring(2) : " -s " + n.substring(1));
        }
        if (o.arity().max() > 0) {
            line.append(o.completionCandidates() != null ? " -x -a " + quote(candidates(o.completionCandidates()))
                    : o.type() == java.nio.file.Path.class ? " -r -F" : " -x");
        }
        return line.append(" -d ").append(quote(first(o.description()))).append('\n').toString();
    }

    private static String positional(String command, String condition, PositionalParamSpec p) {
        return "complete -c " + command + " -n " + quote(condition) + " -a " + quote(candidates(p.completionCandidates()))
                + '\n';
    }

    /** Inside {@code path} (every word of it typed) and, when {@code children} is given, before any of them. */
    private static String condition(List<String> path, Iterable<String> children) {
        List<String> parts = new ArrayList<>();
        if (path.isEmpty()) {
            parts.add("__fish_use_subcommand");
        }
        path.forEach(p -> parts.add("__fish_seen_subcommand_from " + p));
        List<String> names = new ArrayList<>();
        children.forEach(names::add);
        if (!path.isEmpty() && !names.isEmpty()) {
            parts.add("not __fish_seen_subcommand_from " + String.join(" ", names));
        }
        return String.join("; and ", parts);
    }

    private static String candidates(Iterable<String> values) {
        List<String> all = new ArrayList<>();
        values.forEach(all::add);
        return String.join(" ", all);
    }

    /** The first sentence of a description, for fish's one-line hints. */
    private static String first(String[] lines) {
        String text = lines.length == 0 ? "" : String.join(" ", lines).strip();
        int end = text.indexOf(". ");
        text = end > 0 ? text.substring(0, end) : text;
        return text.replace("${COMPLETION-CANDIDATES}", "").replace("${DEFAULT-VALUE}", "").strip();
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
