package dev.deployer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the terminal rules need: whether stdout and stderr are terminals, and whether colour is
 * wanted. Java 17 cannot ask about stderr itself, so on Linux the answer comes from where
 * {@code /proc/self/fd/N} points (a {@code /dev/pts} or {@code /dev/tty} device); elsewhere from
 * {@code System.console()}, which tells whether stdin and stdout are. Colour also needs
 * {@code NO_COLOR} unset or empty (no-color.org) and {@code TERM} other than {@code dumb}.
 */
record TerminalInfo(boolean stdoutTerminal, boolean stderrTerminal, boolean colourAllowed) {

    static TerminalInfo detect(Map<String, String> env) {
        boolean colour = env.getOrDefault("NO_COLOR", "").isEmpty() && !"dumb".equals(env.get("TERM"));
        return new TerminalInfo(isTerminal(1), isTerminal(2), colour);
    }

    /** Colour on stdout: a terminal, and nobody said no. */
    boolean colourOnStdout() {
        return stdoutTerminal && colourAllowed;
    }

    private static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        if (!Files.isDirectory(Path.of("/proc/self/fd"))) {
            return System.console() != null;
        }
        try {
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
