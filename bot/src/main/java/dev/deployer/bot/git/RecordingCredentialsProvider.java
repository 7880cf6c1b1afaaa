package dev.deployer.bot.git;

import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

/**
 * Hands JGit our credentials and remembers that the server asked for them. JGit asks only
 * after the server answered "authentication required", so a transport failure after an ask is
 * an authentication failure: that lets errors be classified without reading message text.
 */
final class RecordingCredentialsProvider extends CredentialsProvider {

    private final Credentials credentials;
    private final AtomicBoolean asked = new AtomicBoolean();

    RecordingCredentialsProvider(Credentials credentials) {
        this.credentials = credentials;
    }

    /** Clears the flag before an operation, so that it speaks about that operation only. */
    void reset() {
        asked.set(false);
    }

    boolean wasAsked() {
        return asked.get();
    }

    @Override
    public boolean isInteractive() {
        return false;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        for (CredentialItem item : items) {
            if (!(item instanceof CredentialItem.Username) && !(item instanceof CredentialItem.Password)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
        asked.set(true);
        if (credentials.isNone()) {
            return false;
        }
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.Username u) {
                u.setValue(credentials.user().orElseThrow());
            } else if (item instanceof CredentialItem.Password p) {
                p.setValue(credentials.secret().orElseThrow().toCharArray());
            } else {
                throw new UnsupportedCredentialItem(uri, item.getClass().getSimpleName() + ":" + item.getPromptText());
            }
        }
        return true;
    }
}
