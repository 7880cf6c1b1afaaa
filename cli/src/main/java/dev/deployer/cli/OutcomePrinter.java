package dev.deployer.cli;

import dev.deployer.bot.plan.Hold;
import dev.deployer.bot.promote.Outcome;
import dev.deployer.bot.promote.Reconciliation;
import dev.deployer.bot.promote.StackOutcome;
import dev.deployer.bot.status.StatusReport;
import dev.deployer.diag.ExitCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** Prints what a writing command did: one line on stderr, the dry-run PR or JSON on stdout. */
final class OutcomePrinter {

    private OutcomePrinter() {
    }

    static int print(CommandSpec spec, WriteOptions options, Outcome outcome) {
        return print(spec, options, outcome.action(), toMap(outcome), outcome.text(), List.of(outcome.summary()));
    }

    /**
     * The JSON document, or the dry run's PR text, on stdout; the summary lines on stderr. Refused
     * by a closed promotion gate: exit 3. Asked to write and did not because someone else's commits
     * hold the branch: exit 4 (see docs/bot.md).
     */
    private static int print(CommandSpec spec, WriteOptions options, Outcome.Action action, Map<String, Object> json,
                             String dryRunText, List<String> lines) {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (options.output.json()) {
            out.print(Json.document(json));
        } else if (action == Outcome.Action.DRY_RUN) {
            out.print(dryRunText);
        }
        lines.forEach(err::println);
        out.flush();
        err.flush();
        return switch (action) {
            // A closed promotion gate refuses the command: the repository's policy does not allow it now.
            case GATED -> ExitCode.INVALID_CONFIG.code();
            // Asked to write and did not: someone else's commits hold the branch (see docs/bot.md).
            case SKIPPED -> ExitCode.REMOTE.code();
            default -> ExitCode.OK.code();
        };
    }

    /** A command given both SERVICE and {@code --stack} (the two ways of naming what to change). */
    static void requireOneOf(String stack) {
        if (stack != null) {
            throw new dev.deployer.diag.DeployerException(ExitCode.USAGE, "give SERVICE or --stack, not both");
        }
    }

    /**
     * One change per service of a stack (hold/release --stack): a line each; JSON is the
     * document {@code bot reconcile} prints, its decisions being these outcomes.
     */
    static int print(CommandSpec spec, WriteOptions options, Reconciliation outcomes) {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (options.output.json()) {
            out.print(Json.document(ReconcileCommand.toMap(outcomes)));
        }
        outcomes.decisions().forEach(o -> {
            if (o.action() == Outcome.Action.DRY_RUN && !options.output.json()) {
                out.print(o.text());
            }
            err.println(o.summary());
        });
        if (!outcomes.note().isEmpty()) {
            err.println("note: " + outcomes.note());
        }
        out.flush();
        err.flush();
        boolean skipped = outcomes.decisions().stream().anyMatch(o -> o.action() == Outcome.Action.SKIPPED);
        return skipped ? ExitCode.REMOTE.code() : outcomes.exitCode().code();
    }

    /** A stack promotion: the stack's line, then one line per service; JSON is the stack-promotion document. */
    static int print(CommandSpec spec, WriteOptions options, StackOutcome outcome) {
        List<String> lines = new java.util.ArrayList<>(List.of(outcome.summary()));
        outcome.services().forEach(o -> lines.add("  " + o.summary()));
        return print(spec, options, outcome.action(), toMap(outcome), outcome.text(), lines);
    }

    static Map<String, Object> toMap(StackOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("action", o.action().name().toLowerCase(Locale.ROOT));
        m.put("stack", o.promotion().stack());
        m.put("env", o.promotion().env());
        m.put("from", o.promotion().sourceEnv());
        m.put("branch", o.promotion().branch());
        o.pullRequest().ifPresent(pr -> m.put("pullRequest", Map.of("number", pr.number(), "url", pr.url().toString())));
        o.commit().ifPresent(c -> m.put("commit", c));
        m.put("files", o.files());
        m.put("services", o.services().stream().map(OutcomePrinter::toMap).toList());
        if (!o.text().isEmpty()) {
            m.put("text", o.text());
        }
        return m;
    }

    static Map<String, Object> toMap(Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("action", o.action().name().toLowerCase(Locale.ROOT));
        m.put("kind", o.change().kind().id());
        m.put("service", o.change().service());
        m.put("env", o.change().env());
        m.put("from", o.change().fromVersion());
        m.put("to", o.change().toVersion());
        m.put("branch", o.change().branch());
        if (o.change().holdBefore().held() || o.change().holdAfter().held()) {
            m.put("hold", hold(o.change().holdAfter()));
        }
        o.pullRequest().ifPresent(pr -> m.put("pullRequest", Map.of("number", pr.number(), "url", pr.url().toString())));
        o.commit().ifPresent(c -> m.put("commit", c));
        m.put("files", o.files());
        if (!o.text().isEmpty()) {
            m.put("text", o.text());
        }
        if (!o.detail().isEmpty()) {
            m.put("detail", o.detail());
        }
        o.gates().ifPresent(v -> m.put("gates", v.gates().stream().map(StatusReport.Gate::of).toList()));
        return m;
    }

    private static Map<String, Object> hold(Hold hold) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("held", hold.held());
        m.put("reason", hold.reason());
        return m;
    }
}
