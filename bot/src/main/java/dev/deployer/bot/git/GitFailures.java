package dev.deployer.bot.git;

import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;

/**
 * The one place where JGit's exceptions become ours: one line saying what failed and what to
 * try, exit code 4, and no secret anywhere (the cause is dropped when it would show one).
 * Classification is by exception type and by whether the server asked for credentials, never by
 * message text.
 */
final class GitFailures {

    private GitFailures() {
    }

    static DeployerException translate(String action, String remote, Exception e, boolean credentialsAsked,
                                       Secrets secrets) {
        String message;
        if (has(e, NoRemoteRepositoryException.class) || has(e, InvalidRemoteException.class)) {
            message = action + ": there is no git repository at " + remote
                    + ", perhaps you should check the URL and that the credentials may read it";
        } else if (isTransport(e) && credentialsAsked) {
            message = action + ": " + remote + " did not accept the credentials"
                    + ", perhaps you should check that the token is valid and may write to the repository";
        } else if (isTransport(e)) {
            message = action + ": cannot talk to " + remote + " (" + innermost(e) + ")"
                    + ", perhaps you should check the URL and the network";
        } else {
            message = action + " failed: " + innermost(e);
        }
        return new DeployerException(ExitCode.REMOTE, secrets.redact(message), secrets.safeCause(e));
    }

    private static boolean isTransport(Throwable e) {
        return has(e, org.eclipse.jgit.errors.TransportException.class)
                || has(e, org.eclipse.jgit.api.errors.TransportException.class);
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The deepest message in the chain: usually the one that says what really happened. */
    private static String innermost(Throwable e) {
        String found = e.getClass().getSimpleName();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                found = t.getMessage();
            }
        }
        return found.lines().findFirst().orElse(found).strip();
    }
}
