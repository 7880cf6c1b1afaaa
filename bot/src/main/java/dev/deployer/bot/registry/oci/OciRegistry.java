package dev.deployer.bot.registry.oci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deployer.bot.registry.ImageRef;
import dev.deployer.bot.registry.Registry;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OCI Distribution API on the JDK's HTTP client (the only user of {@code java.net.http} for
 * registries): {@code GET /v2/<name>/tags/list}, following {@code Link: <…>; rel="next"} pages,
 * and {@code HEAD /v2/<name>/manifests/<tag>} for a digest. Redirects are not followed, so an
 * {@code Authorization} header never travels to another host.
 */
public final class OciRegistry implements Registry {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");
    private static final Pattern DIGEST = Pattern.compile("sha256:[a-f0-9]{64}");
    private static final String MANIFESTS = String.join(", ", "application/vnd.oci.image.index.v1+json",
            "application/vnd.oci.image.manifest.v1+json", "application/vnd.docker.distribution.manifest.list.v2+json",
            "application/vnd.docker.distribution.manifest.v2+json");
    private static final int MAX_PAGES = 100;

    private final RegistrySettings settings;
    private final Endpoints endpoints;
    private final Pacing pacing;
    private final Auth auth;

    private OciRegistry(RegistrySettings settings) {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout()).build();
        this.settings = settings;
        this.endpoints = new Endpoints(settings.insecure());
        this.pacing = new Pacing(http, settings);
        this.auth = new Auth(Logins.load(settings), endpoints, pacing, settings.timeout());
    }

    /** A client for one pass; reads the Docker config now, so a broken one fails before any request. */
    public static OciRegistry connect(RegistrySettings settings) {
        return new OciRegistry(settings);
    }

    @Override
    public List<String> tags(ImageRef image) {
        List<String> tags = new ArrayList<>();
        URI page = endpoints.base(image.apiHost()).resolve("/v2/" + image.repository() + "/tags/list");
        for (int n = 0; page != null; n++) {
            if (n == MAX_PAGES) {
                throw failure(image, "the tag listing has more than " + MAX_PAGES + " pages");
            }
            HttpResponse<byte[]> response = send(image, HttpRequest.newBuilder(page).GET(), "application/json");
            expectOk(image, response, "list the tags");
            JsonNode body = parse(image, response);
            body.path("tags").forEach(t -> tags.add(t.asText()));
            page = next(page, response);
        }
        return tags;
    }

    @Override
    public String digest(ImageRef image, String tag) {
        URI uri = endpoints.base(image.apiHost()).resolve("/v2/" + image.repository() + "/manifests/" + tag);
        HttpResponse<byte[]> response = send(image, HttpRequest.newBuilder(uri).method("HEAD",
                HttpRequest.BodyPublishers.noBody()), MANIFESTS);
        expectOk(image, response, "read the manifest of " + tag);
        String digest = response.headers().firstValue("Docker-Content-Digest").orElse("");
        if (!DIGEST.matcher(digest).matches()) {
            throw failure(image, "the manifest of " + tag + " came without a sha256 Docker-Content-Digest");
        }
        return digest;
    }

    @Override
    public int requests() {
        return pacing.requests();
    }

    /** Sends with what the registry asked for before; after a 401, once more with the new challenge met. */
    private HttpResponse<byte[]> send(ImageRef image, HttpRequest.Builder request, String accept) {
        request.timeout(settings.timeout()).header("Accept", accept);
        for (boolean retried = false; ; retried = true) {
            HttpRequest.Builder attempt = request.copy();
            auth.header(image).ifPresent(h -> attempt.header("Authorization", h));
            HttpResponse<byte[]> response = pacing.send(attempt.build());
            if (response.statusCode() != 401 || retried || !auth.challenged(image, response)) {
                return response;
            }
        }
    }

    private static void expectOk(ImageRef image, HttpResponse<byte[]> response, String action) {
        int status = response.statusCode();
        if (status == 200) {
            return;
        }
        String code = errorCode(response);
        String why = switch (status) {
            case 401, 403 -> "access refused, perhaps you should check the login for " + image.host() + " ("
                    + loginHint(image) + ")";
            case 404 -> "no such repository or tag, perhaps you should check 'image:' in service.yaml";
            default -> "the registry answered " + status;
        };
        throw failure(image, "cannot " + action + ": " + status + (code.isEmpty() ? "" : " " + code) + ", " + why);
    }

    static String loginHint(ImageRef image) {
        String env = "DEPLOYER_REGISTRY_" + image.host().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
        return env + "_USERNAME and _PASSWORD, or docker login";
    }

    /** The registry's own error code ({@code NAME_UNKNOWN}, {@code DENIED}…), never its free text. */
    private static String errorCode(HttpResponse<byte[]> response) {
        try {
            String code = JSON.readTree(response.body()).path("errors").path(0).path("code").asText("");
            return code.matches("[A-Z_]{1,40}") ? code : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static JsonNode parse(ImageRef image, HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw failure(image, "the tag listing is not JSON");
        }
    }

    private static URI next(URI current, HttpResponse<?> response) {
        Optional<String> link = response.headers().firstValue("Link");
        Matcher m = NEXT.matcher(link.orElse(""));
        if (!m.find()) {
            return null;
        }
        URI next = current.resolve(m.group(1));
        // a page on another host would receive this registry's token
        return java.util.Objects.equals(next.getRawAuthority(), current.getRawAuthority())
                && java.util.Objects.equals(next.getScheme(), current.getScheme()) ? next : null;
    }

    private static DeployerException failure(ImageRef image, String message) {
        return new DeployerException(ExitCode.REMOTE, image + ": " + message);
    }
}
