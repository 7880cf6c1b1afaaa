package dev.deployer.owners;

import dev.deployer.diag.Location;
import dev.deployer.files.Boundary;
import dev.deployer.load.Repo;
import dev.deployer.load.RepoLoader;
import dev.deployer.output.Change;
import dev.deployer.output.UnifiedDiff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code deployer codeowners} as one library call: what {@code .github/CODEOWNERS} should hold
 * for the repository as it is ({@link #plan}), and writing it ({@link #apply}), atomically and
 * only when it differs.
 *
 * @param before the file now ("" when absent)
 * @param after  the file with deployer's section up to date
 */
public record CodeOwnersUpdate(Path root, String before, String after) {

    public static CodeOwnersUpdate plan(Path root) {
        Repo repo = RepoLoader.load(root);
        Path file = root.resolve(CodeOwnersFile.PATH);
        String before = Files.isRegularFile(file) ? repo.files().read(file, Location.of(CodeOwnersFile.PATH)) : "";
        return new CodeOwnersUpdate(root, before, CodeOwnersFile.splice(before, CodeOwners.rules(repo)));
    }

    public boolean upToDate() {
        return before.equals(after);
    }

    /** The change as a unified diff ("" when up to date). */
    public String diff() {
        if (upToDate()) {
            return "";
        }
        return UnifiedDiff.of(new Change(before.isEmpty() ? Change.Kind.ADD : Change.Kind.MODIFY, CodeOwnersFile.PATH,
                before.isEmpty() ? null : before, after));
    }

    /** Writes the file when it differs: to a temporary file beside it, then moved over it. */
    public void apply() {
        if (upToDate()) {
            return;
        }
        // The same confinement as every read: a .github that is a link out of the repository is refused.
        Path file = Boundary.of(root).check(root.resolve(CodeOwnersFile.PATH), CodeOwnersFile.PATH,
                Location.of(CodeOwnersFile.PATH));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".CODEOWNERS", ".tmp");
            Files.writeString(tmp, after, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
