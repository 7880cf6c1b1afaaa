package dev.deployer.bot.webhook;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;

/**
 * What a handler left of a request body (all of it, when the answer is a 413 or a 503 decided
 * from the headers), read and thrown away before the answer is sent. A server that closes a
 * connection with unread bytes in it makes the kernel reset it, and the client can lose the
 * answer with the reset (RFC 9112, section 9.6): GitHub would see a failed delivery instead of
 * the 413. Bounded: a body longer than the limit is not read; the answer then says
 * {@code Connection: close}, and the read deadline ends a sender that never stops.
 */
final class UnreadBody {

    /** GitHub caps webhook payloads at 25 MB; nothing a sender should send is longer. */
    static final long DRAIN_LIMIT = 25L * 1024 * 1024;

    private UnreadBody() {
    }

    /** Reads the rest of the body, up to {@code limit} bytes; false when more was left (the connection should close). */
    static boolean drain(HttpExchange ex, long limit) {
        byte[] buffer = new byte[8192];
        long left = limit;
        try {
            InputStream in = ex.getRequestBody();
            for (int n = 0; n >= 0; n = in.read(buffer, 0, (int) Math.min(buffer.length, left + 1))) {
                left -= n;
                if (left < 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false; // the connection is gone, or the deadline closed it
        }
    }
}
