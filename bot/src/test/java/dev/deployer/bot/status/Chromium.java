package dev.deployer.bot.status;

import dev.deployer.testing.Requires;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium, as the page's real reader: {@code --dump-dom} gives the DOM it
 * built, and its console log (on stderr) shows every Content-Security-Policy complaint.
 */
final class Chromium {

    record Result(String dom, List<String> console) {
    }

    private Chromium() {
    }

    static void require() {
        Requires.that(() -> onPath("chromium"), "chromium is not installed (apt-get install chromium; .ci/run does)");
    }

    static Result dumpDom(Path page, Path profile) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--dump-dom",
                page.toUri().toString()));
        Path err = Files.createTempFile(profile.getParent(), "chromium", ".log");
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not finish");
        }
        List<String> console = Files.readAllLines(err).stream().filter(l -> l.contains(":CONSOLE")).toList();
        return new Result(dom, console);
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
