package dev.deployer.bot.registry;

import java.util.Locale;
import java.util.Objects;

/**
 * An image repository as written in {@code service.yaml} ({@code ghcr.io/acme/carts},
 * {@code nginx}), split Docker's way: the first path component is a registry host when it has a
 * dot or a port or is {@code localhost}; otherwise the image is on Docker Hub, where one-word
 * names live under {@code library/}.
 *
 * @param host       the registry as users name it ({@code docker.io}, {@code ghcr.io}, {@code localhost:5000})
 * @param repository the repository inside it ({@code library/nginx}, {@code acme/carts})
 */
public record ImageRef(String host, String repository) {

    public static final String DOCKER_HUB = "docker.io";

    public ImageRef {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(repository, "repository");
    }

    public static ImageRef parse(String image) {
        int slash = image.indexOf('/');
        String first = slash < 0 ? "" : image.substring(0, slash);
        if (slash > 0 && (first.contains(".") || first.contains(":") || first.equals("localhost"))) {
            String host = first.toLowerCase(Locale.ROOT);
            String repo = image.substring(slash + 1);
            return host.equals("index.docker.io") || host.equals(DOCKER_HUB) ? hub(repo) : new ImageRef(host, repo);
        }
        return hub(image);
    }

    private static ImageRef hub(String repo) {
        return new ImageRef(DOCKER_HUB, repo.contains("/") ? repo : "library/" + repo);
    }

    /** Where the registry API answers: Docker Hub's is not at docker.io itself. */
    public String apiHost() {
        return host.equals(DOCKER_HUB) ? "registry-1.docker.io" : host;
    }

    @Override
    public String toString() {
        return host + "/" + repository;
    }
}
