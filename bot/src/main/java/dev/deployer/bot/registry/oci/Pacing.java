package dev.deployer.bot.registry.oci;

import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every request of a pass goes through here: it is counted against the pass's budget, and a
 * {@code 429 Too Many Requests} is waited out as its {@code Retry-After} asks (seconds or a date;
 * 1, 2, 4 s without one), up to three times and never longer than the settings allow.
 */
final class Pacing {

    private static final int RETRIES = 3;

    private final HttpClient http;
    private final RegistrySettings settings;
    private final AtomicInteger sent = new AtomicInteger();

    Pacing(HttpClient http, RegistrySettings settings) {
        this.http = http;
        this.settings = settings;
    }

    int requests() {
        return sent.get();
    }

    HttpResponse<byte[]> send(HttpRequest request) {
        for (int retry = 0; ; retry++) {
            HttpResponse<byte[]> response = once(request);
            if (response.statusCode() != 429) {
                return response;
            }
            Duration wait = retryAfter(response).orElse(Duration.ofSeconds(1L << retry));
            if (retry == RETRIES || wait.compareTo(settings.maxRetryWait()) > 0) {
                throw new DeployerException(ExitCode.REMOTE, request.uri().getHost() + " is rate limiting (429 Too Many"
                        + " Requests; it asks to wait " + wait.toSeconds() + " s), perhaps you should watch less often");
            }
            pause(wait);
        }
    }

    private HttpResponse<byte[]> once(HttpRequest request) {
        if (sent.get() >= settings.maxRequests()) {
            throw new DeployerException(ExitCode.REMOTE, "the pass's budget of " + settings.maxRequests()
                    + " registry requests is spent, perhaps you should raise --max-requests");
        }
        sent.incrementAndGet();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new DeployerException(ExitCode.REMOTE, "cannot reach " + request.uri().getHost() + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeployerException(ExitCode.REMOTE, "interrupted while asking " + request.uri().getHost());
        }
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(String::strip).flatMap(v -> {
            if (v.matches("\\d{1,6}")) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            }
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(Instant.now(), at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    private void pause(Duration wait) {
        try {
            settings.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeployerException(ExitCode.REMOTE, "interrupted while waiting out a rate limit");
        }
    }
}
