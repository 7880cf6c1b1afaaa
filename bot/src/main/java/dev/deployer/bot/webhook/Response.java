package dev.deployer.bot.webhook;

/** A status and one line of text for the sender (GitHub shows it in the delivery's details). */
record Response(int status, String text, String contentType) {

    Response(int status, String text) {
        this(status, text, "text/plain; charset=utf-8");
    }

    static Response ok(String text) {
        return new Response(200, text);
    }

    static Response queued(Trigger t) {
        return new Response(202, "queued: " + t.describe());
    }

    /** 503: the sender (GitHub, CI) should retry later. */
    static Response busy(String why) {
        return new Response(503, "busy: " + why + "; retry later");
    }

    static Response refuse(int status, String text) {
        return new Response(status, text);
    }
}
