package dev.deployer.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.diag.ExitCode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** Runs the CLI in-process with captured stdout and stderr, as picocli's manual suggests. */
public final class Cli {

    record Run(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    static Run run(String... args) {
        CommandLine cl = DeployerCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        assertAllowed(cl, code, err.toString());
        return new Run(code, out.toString(), err.toString());
    }

    /** The exit-code rule: a run returns only a code its command's row in {@link ExitCodes} lists. */
    public static void assertAllowed(CommandLine cl, int code, String err) {
        if (cl.getParseResult() == null) {
            return;
        }
        List<Integer> allowed = ExitCodes.of(cl.getParseResult()).stream().map(ExitCode::code).toList();
        assertTrue(allowed.contains(code), "exit " + code + " is not in the command's exit codes " + allowed + "; stderr:\n" + err);
    }
}
