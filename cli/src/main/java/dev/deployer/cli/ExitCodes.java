package dev.deployer.cli;

import static dev.deployer.diag.ExitCode.CHANGES;
import static dev.deployer.diag.ExitCode.INTERNAL;
import static dev.deployer.diag.ExitCode.INVALID_CONFIG;
import static dev.deployer.diag.ExitCode.OK;
import static dev.deployer.diag.ExitCode.REMOTE;
import static dev.deployer.diag.ExitCode.USAGE;

import dev.deployer.diag.ExitCode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The one rule for exit codes, as a table: which codes each command can return. Every
 * command's {@code --help} prints its row, docs/cli.md prints the same table, and the tests check
 * that the three agree and that no run returns a code outside its command's row.
 *
 * <p>The rule: 2 when the command line (or an environment variable it relies on) is wrong, which
 * can be told without reading the repository; 3 when the repository is invalid, or does not
 * have what the request names (a service, an environment, a version that never ran there); 4
 * when git or GitHub failed or refused. A command added without a row shows every code.
 */
public final class ExitCodes {

    private static final List<ExitCode> WRITING = List.of(OK, USAGE, INVALID_CONFIG, REMOTE, INTERNAL);

    /** Command (as typed after {@code deployer}) → the codes it can return. */
    static final Map<String, List<ExitCode>> TABLE = table(
            row("render", OK, CHANGES, USAGE, INVALID_CONFIG, INTERNAL),
            row("diff", OK, CHANGES, USAGE, INVALID_CONFIG, INTERNAL),
            row("validate", OK, USAGE, INVALID_CONFIG, INTERNAL),
            row("init", OK, USAGE, INVALID_CONFIG, INTERNAL),
            row("kustomize", OK, USAGE, INVALID_CONFIG, INTERNAL),
            row("set-version", WRITING),
            row("promote", WRITING),
            row("rollback", WRITING),
            row("hold", WRITING),
            row("release", WRITING),
            row("history", WRITING),
            row("status", WRITING),
            row("codeowners", OK, CHANGES, USAGE, INVALID_CONFIG, INTERNAL),
            row("stack", OK, USAGE),
            row("stack init", OK, USAGE, INVALID_CONFIG, INTERNAL),
            row("stack help", OK, USAGE),
            row("bot", OK, USAGE),
            row("bot reconcile", WRITING),
            row("bot watch", WRITING),
            row("bot serve", WRITING),
            row("bot help", OK, USAGE),
            row("hook", OK, USAGE),
            row("hook install", OK, USAGE, REMOTE, INTERNAL),
            row("hook help", OK, USAGE),
            row("completion", OK, USAGE, INTERNAL),
            row("help", OK, USAGE));

    private ExitCodes() {
    }

    /** What a code means, in the words every {@code --help} uses. */
    static String meaning(ExitCode code) {
        return switch (code) {
            case OK -> "success, or nothing to do";
            case CHANGES -> "changes found (render --check, diff)";
            case USAGE -> "usage error: unknown option, bad or missing argument or environment variable";
            case INVALID_CONFIG -> "the repository: invalid configuration (file:line:col is printed), or it has"
                    + " no such service, environment or version";
            case REMOTE -> "git or GitHub failed or refused";
            case INTERNAL -> "internal error (a bug: please report it with --stacktrace output)";
        };
    }

    /** The codes {@code spec} can return; every code for a command without a row. */
    public static List<ExitCode> of(CommandSpec spec) {
        String name = spec.qualifiedName(" ");
        int space = name.indexOf(' ');
        String key = space < 0 ? "" : name.substring(space + 1);
        return TABLE.getOrDefault(key, List.of(ExitCode.values()));
    }

    /** The codes the command that {@code parsed} selected can return. */
    public static List<ExitCode> of(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        return of(last.commandSpec());
    }

    /** Puts each command's row into its {@code --help}, under "Exit codes:". */
    static void applyTo(CommandLine cl) {
        Map<String, String> help = new LinkedHashMap<>();
        for (ExitCode code : of(cl.getCommandSpec())) {
            help.put(String.format("%2d", code.code()), meaning(code));
        }
        cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes (see docs/cli.md):%n").exitCodeList(help);
        cl.getSubcommands().values().forEach(ExitCodes::applyTo);
    }

    private static Map.Entry<String, List<ExitCode>> row(String command, ExitCode... codes) {
        return Map.entry(command, Arrays.asList(codes));
    }

    private static Map.Entry<String, List<ExitCode>> row(String command, List<ExitCode> codes) {
        return Map.entry(command, codes);
    }

    @SafeVarargs
    private static Map<String, List<ExitCode>> table(Map.Entry<String, List<ExitCode>>... rows) {
        Map<String, List<ExitCode>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<ExitCode>> r : rows) {
            if (out.put(r.getKey(), List.copyOf(r.getValue())) != null) {
                throw new IllegalStateException("two rows for '" + r.getKey() + "' in the exit-code table");
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
