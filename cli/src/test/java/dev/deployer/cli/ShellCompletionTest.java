package dev.deployer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.testing.Requires;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deployer completion SHELL}: each script is loaded by the real shell and asked to complete. */
class ShellCompletionTest {

    @TempDir
    Path temp;

    @Test
    void bashCompletesCommandsAndFormats() throws Exception {
        Path script = script("bash");
        String words = complete("bash", "source " + script + "; COMP_WORDS=(deployer render --output ''); COMP_CWORD=3;"
                + " COMP_LINE='deployer render --output '; COMP_POINT=${#COMP_LINE}; _complete_deployer 2>/dev/null;"
                + " printf '%s\\n' \"${COMPREPLY[@]}\"");
        assertEquals(List.of("text", "json", "yaml"), words.lines().toList());
        String commands = complete("bash", "source " + script + "; COMP_WORDS=(deployer stat); COMP_CWORD=1;"
                + " COMP_LINE='deployer stat'; COMP_POINT=${#COMP_LINE}; _complete_deployer 2>/dev/null;"
                + " printf '%s\\n' \"${COMPREPLY[@]}\"");
        assertEquals(List.of("status"), commands.lines().toList());
    }

    @Test
    void zshLoadsTheBashScriptThroughBashcompinit() throws Exception {
        Requires.that(() -> Terminal.onPath("zsh"), "zsh is not installed (apt-get install zsh)");
        Path script = script("zsh");
        String registered = complete("zsh", "autoload -U compinit && compinit -u; source " + script
                + "; print -- ${_comps[deployer]}");
        assertTrue(registered.contains("_complete_deployer"), registered);
    }

    @Test
    void fishCompletesCommandsOptionsAndNestedCommands() throws Exception {
        Requires.that(() -> Terminal.onPath("fish"), "fish is not installed (apt-get install fish)");
        Path script = script("fish");
        String commands = complete("fish", "source " + script + "; complete -C 'deployer stat'");
        assertTrue(commands.startsWith("status\tWhat runs where"), commands);
        String formats = complete("fish", "source " + script + "; complete -C 'deployer render --output '");
        assertEquals(List.of("json", "text", "yaml"), formats.lines().map(l -> l.split("\t")[0]).sorted().toList());
        String nested = complete("fish", "source " + script + "; complete -C 'deployer bot serve --po'");
        assertTrue(nested.startsWith("--port\t"), nested);
    }

    private Path script(String shell) throws IOException {
        Cli.Run run = Cli.run("completion", shell);
        assertEquals(0, run.exitCode(), run.err());
        Path file = temp.resolve("deployer." + shell);
        Files.writeString(file, run.out());
        return file;
    }

    private static String complete(String shell, String code) throws Exception {
        Process p = new ProcessBuilder(shell, "-c", code).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), shell + " did not finish");
        return out;
    }
}
