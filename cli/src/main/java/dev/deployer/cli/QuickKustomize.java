package dev.deployer.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code kustomize DIR...} with nothing else, answered before picocli builds its command model:
 * a drop-in for {@code kubectl kustomize DIR} is judged by its start-up as much as by its engine,
 * and picocli's model alone costs about as long as building one overlay. It makes the same library
 * call as {@link KustomizeCommand} and prints the same bytes. Any option (even {@code --help}),
 * an {@code @file} of arguments, or an error (which picocli's error handler words with the source line and the exit code), goes
 * the normal way; nothing is printed before every directory is built.
 */
final class QuickKustomize {

    private QuickKustomize() {
    }

    /** The exit code when the fast lane could answer (0, the output printed). */
    static OptionalInt run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || !args[0].equals("kustomize")) {
            return OptionalInt.empty();
        }
        List<Path> dirs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("-") || args[i].startsWith("@")) {
                return OptionalInt.empty(); // an option, or one of picocli's @argument files
            }
            dirs.add(Path.of(args[i]));
        }
        String yaml;
        try {
            yaml = KustomizeCommand.build(dirs);
        } catch (RuntimeException e) {
            return OptionalInt.empty(); // the normal way reports it properly
        }
        out.print(yaml);
        out.flush();
        return OptionalInt.of(0);
    }
}
