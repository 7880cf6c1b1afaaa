package dev.deployer.bot.scm.github;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

/**
 * The calls hub4j 1.x cannot make for us: minting an installation token (done outside hub4j so
 * that its FINEST body logging never sees the token), GraphQL, and the documented commit status
 * and check run reads. Same headers as
 * hub4j, same rate-limit signals, same error translation.
 */
final class GitHubHttp {

    record Response(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private final Clock clock;
    private final CallObserver observer;

    GitHubHttp(Clock clock, CallObserver observer) {
        this.clock = clock;
        this.observer = observer;
    }

    /** POSTs JSON; throws {@link RateLimited} when GitHub asks to wait. */
    Response postJson(URI url, String authorization, String json) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/vnd.github+json")
                .header("Content-Type", "application/json")
                .header("X-GitHub-Api-Version", "2022-11-28")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return answer(send(request));
    }

    /** GETs JSON; throws {@link RateLimited} when GitHub asks to wait. */
    Response getJson(URI url, String authorization) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28")
                .header("Authorization", authorization)
                .GET()
                .build();
        return answer(send(request));
    }

    private Response answer(HttpResponse<String> response) throws RateLimited {
        observer.called(response.statusCode(), CallObserver.remaining(response.headers().firstValue("X-RateLimit-Remaining").orElse(null)));
        var limited = RateLimited.classify(response.statusCode(),
                name -> response.headers().firstValue(name).orElse(null), clock.instant());
        if (limited.isPresent()) {
            throw limited.get();
        }
        return new Response(response.statusCode(), response.body());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
