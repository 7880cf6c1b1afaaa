package dev.deployer.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the bot's passes over many services (reconcile, watch) share: the repository, bot, pass
 * and output options, and printing a pass: the JSON document on stdout with -o json, one line per
 * decision, the note and a closing line on stderr.
 */
abstract class PassCommand implements Callable<Integer>, ErrorHandler.HasRepo {

    @Spec
    CommandSpec spec;

    @Mixin
    RepoOptions repo;

    @Mixin
    BotOptions bot;

    @Mixin
    PassOptions pass;

    @Mixin
    OutputFormat output;

    /** Prints a pass; {@code closing} is the last stderr line, or empty for none. */
    final void print(Map<String, Object> json, List<String> decisions, String note, String closing) {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (output.json()) {
            out.print(Json.document(json));
        }
        decisions.forEach(err::println);
        if (!note.isEmpty()) {
            err.println("note: " + note);
        }
        if (!closing.isEmpty()) {
            err.println(closing);
        }
        out.flush();
        err.flush();
    }

    @Override
    public final RepoOptions repoOptions() {
        return repo;
    }
}
