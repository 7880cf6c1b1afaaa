package dev.deployer.bot.webhook;

import com.sun.net.httpserver.HttpExchange;
import dev.deployer.bot.status.StatusPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /} (the page) and {@code GET /api/status} (JSON): read-only, from the
 * {@link StatusBoard}. Any other path is 404, any other method 405; before the first pass, 503.
 * The page is sent with the same Content-Security-Policy it declares.
 */
final class StatusRoutes {

    private final StatusBoard board;

    StatusRoutes(StatusBoard board) {
        this.board = board;
    }

    void page(HttpExchange ex) throws IOException {
        if (!ex.getRequestURI().getPath().equals("/")) {
            send(ex, 404, "text/plain", "not found\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        serve(ex, "text/html", StatusBoard.Views::html);
    }

    void json(HttpExchange ex) throws IOException {
        serve(ex, "application/json", StatusBoard.Views::json);
    }

    private void serve(HttpExchange ex, String type, java.util.function.Function<StatusBoard.Views, byte[]> view)
            throws IOException {
        if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
            ex.getResponseHeaders().set("Allow", "GET, HEAD");
            send(ex, 405, "text/plain", "use GET\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        var views = board.views();
        if (views.isEmpty()) {
            send(ex, 503, "text/plain", "no status yet: the first reconcile pass has not gone through\n"
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        send(ex, 200, type, view.apply(views.get()));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        var h = ex.getResponseHeaders();
        h.set("Content-Type", type + "; charset=utf-8");
        h.set("Content-Security-Policy", StatusPage.CONTENT_SECURITY_POLICY);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Cache-Control", "no-store");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            ex.getResponseBody().write(body);
        }
        ex.close();
    }
}
