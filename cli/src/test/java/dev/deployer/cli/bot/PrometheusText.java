package dev.deployer.cli.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.testing.Requires;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Reads a /metrics page with the Prometheus project's own text-format parser (Debian's
 * python3-prometheus-client), not with ours: a page it cannot parse fails the test.
 */
final class PrometheusText {

    private static final String PYTHON = "/usr/bin/python3";
    private static final String PARSE = String.join("\n",
            "import sys",
            "from prometheus_client.parser import text_string_to_metric_families",
            "for family in text_string_to_metric_families(sys.stdin.read()):",
            "    for s in family.samples:",
            "        labels = ','.join('%s=\"%s\"' % kv for kv in sorted(s.labels.items()))",
            "        print('%s{%s} %r' % (s.name, labels, s.value))");

    private PrometheusText() {
    }

    /** Sample → value, each sample written {@code name{label="value",…}} with the labels sorted. */
    static Map<String, Double> parse(String page) throws Exception {
        Requires.that(() -> Files.isExecutable(Path.of(PYTHON)) && works(), "python3-prometheus-client is not installed"
                + " (apt-get install python3-prometheus-client; .ci/run does)");
        Process p = new ProcessBuilder(PYTHON, "-c", PARSE).start();
        p.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "the Prometheus parser refused the page: " + err + "\n" + page);
        Map<String, Double> samples = new TreeMap<>();
        out.lines().forEach(l -> samples.put(l.substring(0, l.lastIndexOf(' ')), Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))));
        return samples;
    }

    private static boolean works() {
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import prometheus_client").start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
