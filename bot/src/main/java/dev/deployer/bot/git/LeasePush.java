package dev.deployer.bot.git;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.Transport;

/**
 * {@code git push --force-with-lease=<branch>:<expected>}: the remote branch is replaced only if
 * it still points where our work started (absent, for a new branch). JGit checks the lease
 * against the advertised refs, and the server checks it again while holding its ref lock.
 */
final class LeasePush {

    private static final String REMOTE = "origin";

    private final Git git;
    private final RecordingCredentialsProvider credentials;
    private final int timeoutSeconds;

    LeasePush(Git git, RecordingCredentialsProvider credentials, int timeoutSeconds) {
        this.git = git;
        this.credentials = credentials;
        this.timeoutSeconds = timeoutSeconds;
    }

    PushOutcome push(String localBranch, String remoteBranch, Optional<CommitId> expected)
            throws IOException, URISyntaxException, GitAPIException {
        return push(Constants.R_HEADS + localBranch, Constants.R_HEADS + remoteBranch,
                Constants.R_REMOTES + REMOTE + "/" + remoteBranch, expected);
    }

    /** The same lease for a ref outside refs/heads (the bot's state refs), pushed under its own name. */
    PushOutcome pushRef(String ref, Optional<CommitId> expected) throws IOException, URISyntaxException, GitAPIException {
        return push(ref, ref, null, expected);
    }

    private PushOutcome push(String localRef, String remoteRef, String trackingRef, Optional<CommitId> expected)
            throws IOException, URISyntaxException, GitAPIException {
        ObjectId lease = expected.map(c -> ObjectId.fromString(c.hex())).orElse(ObjectId.zeroId());
        RemoteRefUpdate update = new RemoteRefUpdate(git.getRepository(), localRef, remoteRef, true, trackingRef, lease);
        PushResult result;
        try (Transport transport = Transport.open(git.getRepository(), REMOTE)) {
            transport.setCredentialsProvider(credentials);
            transport.setTimeout(timeoutSeconds);
            result = transport.push(NullProgressMonitor.INSTANCE, List.of(update));
        }
        List<PushOutcome> outcomes = new ArrayList<>();
        for (RemoteRefUpdate each : result.getRemoteUpdates()) {
            outcomes.add(classify(each, result.getMessages(), remoteRef, lease));
        }
        return outcomes.stream().filter(o -> !o.succeeded()).findFirst()
                .orElse(outcomes.isEmpty() ? new PushOutcome(PushOutcome.Status.REJECTED_OTHER, "nothing pushed")
                        : outcomes.get(0));
    }

    private PushOutcome classify(RemoteRefUpdate u, String remoteMessages, String ref, ObjectId lease)
            throws GitAPIException {
        return switch (u.getStatus()) {
            case OK -> PushOutcome.of(PushOutcome.Status.OK);
            case UP_TO_DATE -> PushOutcome.of(PushOutcome.Status.UP_TO_DATE);
            case REJECTED_REMOTE_CHANGED, REJECTED_NONFASTFORWARD -> PushOutcome.of(PushOutcome.Status.REJECTED_STALE);
            // A server that loses the race for its ref lock only says "failed to lock": look again.
            case REJECTED_OTHER_REASON -> movedSince(ref, lease)
                    ? PushOutcome.of(PushOutcome.Status.REJECTED_STALE)
                    : new PushOutcome(PushOutcome.Status.REJECTED_OTHER, reason(u, remoteMessages));
            default -> new PushOutcome(PushOutcome.Status.REJECTED_OTHER, reason(u, remoteMessages));
        };
    }

    /** Does the remote ref now point somewhere other than {@code lease}? */
    boolean movedSince(String ref, ObjectId lease) throws GitAPIException {
        Ref now = git.lsRemote().setRemote(REMOTE).setCredentialsProvider(credentials).setTimeout(timeoutSeconds)
                .callAsMap().get(ref);
        ObjectId current = now == null ? ObjectId.zeroId() : now.getObjectId();
        return !current.equals(lease);
    }

    private static String reason(RemoteRefUpdate u, String remoteMessages) {
        String status = u.getMessage() == null ? u.getStatus().name().toLowerCase() : u.getMessage();
        String remote = remoteMessages == null ? "" : remoteMessages.strip().replaceAll("\\s*\\R\\s*", " / ");
        return remote.isEmpty() ? status : status + " (remote: " + remote + ")";
    }
}
