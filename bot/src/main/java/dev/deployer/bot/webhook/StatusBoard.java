package dev.deployer.bot.webhook;

import dev.deployer.bot.status.StatusPage;
import dev.deployer.bot.status.StatusReport;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

/**
 * What {@code GET /} and {@code GET /api/status} serve: the status read after the last reconcile
 * pass (or registry watch pass that changed something), rendered once then, so a request costs no git or GitHub call. The report holds versions,
 * dates, commits and pull request links only; no setting of the server is in it.
 */
final class StatusBoard {

    /** The page reloads itself this often; the data behind it changes once per pass. */
    static final int REFRESH_SECONDS = 60;

    record Views(byte[] html, byte[] json) {
    }

    private final Function<StatusReport, String> json;
    private volatile Views current;

    /** {@code json}: the status as the CLI's {@code status --output json} prints it. */
    StatusBoard(Function<StatusReport, String> json) {
        this.json = json;
    }

    void update(StatusReport report) {
        current = new Views(StatusPage.render(report, REFRESH_SECONDS).getBytes(StandardCharsets.UTF_8),
                json.apply(report).getBytes(StandardCharsets.UTF_8));
    }

    /** Empty until a pass has gone through. */
    Optional<Views> views() {
        return Optional.ofNullable(current);
    }
}
