package dev.deployer.bot.metrics;

/** A webhook response's status as the outcome label of {@code deployer_webhook_deliveries_total}. */
final class WebhookOutcome {

    private WebhookOutcome() {
    }

    static String of(int status) {
        if (status >= 200 && status < 300) {
            return "accepted";
        }
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "bad_signature";
            case 405 -> "bad_method";
            case 409 -> "replay";
            case 413 -> "too_large";
            case 503 -> "unavailable";
            default -> "error";
        };
    }
}
