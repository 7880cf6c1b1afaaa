package dev.deployer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.diag.ExitCode;
import dev.deployer.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The exit-code rule is one table ({@link ExitCodes}): every command has a row, its
 * {@code --help} prints exactly that row, and docs/cli.md prints the same table. (That no run
 * returns a code outside its row is checked by every CLI test, in {@link Cli} and BotCli.)
 */
class ExitCodesTest {

    private static final Pattern DOC_ROW = Pattern.compile("^\\| `deployer ([a-z -]+)` \\| ([0-9, ]+) \\|$");
    private static final Pattern HELP_ROW = Pattern.compile("^\\s+(\\d+)\\s{3}\\S.*$");

    @Test
    void everyCommandHasARowAndEveryRowACommand() {
        List<String> commands = new ArrayList<>();
        collect(DeployerCommand.commandLine(), commands);
        assertEquals(List.copyOf(ExitCodes.TABLE.keySet()).stream().sorted().toList(), commands.stream().sorted().toList(),
                "a command without a row in ExitCodes.TABLE, or a row without a command");
    }

    @Test
    void eachHelpPrintsItsRowAndNothingElse() {
        for (Map.Entry<String, List<ExitCode>> row : ExitCodes.TABLE.entrySet()) {
            List<String> args = new ArrayList<>(Arrays.asList(row.getKey().split(" ")));
            args.add("--help");
            Cli.Run help = Cli.run(args.toArray(String[]::new));
            assertEquals(0, help.exitCode(), row.getKey());
            assertEquals(codes(row.getValue()), helpCodes(help.out()), "deployer " + row.getKey() + " --help:\n" + help.out());
        }
    }

    @Test
    void docsCliMdPrintsTheSameTable() throws IOException {
        Map<String, List<Integer>> documented = new LinkedHashMap<>();
        for (String line : Files.readAllLines(TestPaths.projectRoot().resolve("docs/cli.md"))) {
            Matcher m = DOC_ROW.matcher(line.strip());
            if (m.matches()) {
                assertEquals(null, documented.put(m.group(1), Arrays.stream(m.group(2).split(",\\s*"))
                        .map(Integer::valueOf).toList()), "docs/cli.md has two rows for " + m.group(1));
            }
        }
        Map<String, List<Integer>> table = new LinkedHashMap<>();
        ExitCodes.TABLE.forEach((command, codes) -> table.put(command, codes(codes)));
        assertEquals(table, documented, "the table 'Exit codes by command' in docs/cli.md");
    }

    @Test
    void theMeaningsAreTheSameForEveryCommand() {
        Cli.Run render = Cli.run("render", "--help");
        Cli.Run promote = Cli.run("promote", "--help");
        String three = " 3   " + ExitCodes.meaning(ExitCode.INVALID_CONFIG).substring(0, 20);
        assertTrue(render.out().contains(three) && promote.out().contains(three), render.out() + promote.out());
    }

    private static void collect(CommandLine cl, List<String> into) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            String name = sub.getCommandSpec().qualifiedName(" ");
            into.add(name.substring(name.indexOf(' ') + 1));
            collect(sub, into);
        }
    }

    private static List<Integer> codes(List<ExitCode> codes) {
        return codes.stream().map(ExitCode::code).toList();
    }

    private static List<Integer> helpCodes(String help) {
        int at = help.indexOf("Exit codes");
        assertTrue(at >= 0, help);
        List<Integer> out = new ArrayList<>();
        for (String line : help.substring(at).lines().skip(1).toList()) {
            Matcher m = HELP_ROW.matcher(line);
            if (!m.matches()) {
                if (line.isBlank() || !line.startsWith("      ")) {
                    break;
                }
                continue;
            }
            out.add(Integer.valueOf(m.group(1)));
        }
        return out;
    }
}
