package dev.deployer.bot.git;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.URIish;

/**
 * The URL of the {@code origin} remote of a folder that is itself a git repository (not a
 * folder inside one: a deployment repository created inside an application's checkout is not
 * that application's repository), with any password taken out, so it can be written down.
 */
public final class OriginRemote {

    private OriginRemote() {
    }

    public static Optional<String> of(Path dir) {
        if (!Files.exists(dir.resolve(".git"))) {
            return Optional.empty();
        }
        try (Repository repo = new FileRepositoryBuilder().setWorkTree(dir.toFile()).setMustExist(true).build()) {
            String url = repo.getConfig().getString("remote", "origin", "url");
            return url == null || url.isBlank() ? Optional.empty() : Optional.of(withoutPassword(url));
        } catch (IOException | IllegalArgumentException notARepository) {
            return Optional.empty();
        }
    }

    private static String withoutPassword(String url) {
        try {
            URIish uri = new URIish(url);
            return uri.getPass() == null ? url : uri.setPass(null).setUser(null).toString();
        } catch (URISyntaxException e) {
            return url;
        }
    }
}
