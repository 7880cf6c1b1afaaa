package dev.deployer.bot.promote;

import dev.deployer.bot.git.GitWorkspace;
import dev.deployer.bot.status.SeenTags;
import dev.deployer.diag.DeployerException;

/**
 * Saves what a watch pass saw ({@link SeenTags}) on {@code refs/deployer/registry}: only when a
 * tag is new, so a pass with nothing new writes nothing. Another run that saved first is merged
 * with, not overwritten (fetch, redo, push with a lease, three times at most).
 */
final class RegistryMemory {

    private static final int ATTEMPTS = 3;

    private RegistryMemory() {
    }

    /** {@code pass}, with a note added when its tags could not be saved (the decisions stand). */
    static WatchPass remember(GitWorkspace workspace, WatchPass pass, BotSettings settings) {
        try {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                SeenTags before = SeenTags.parse(workspace.readState(SeenTags.REF, SeenTags.FILE));
                SeenTags after = seen(before, pass, settings.clock().instant());
                if (after.equals(before)) {
                    return pass;
                }
                if (workspace.writeState(SeenTags.REF, SeenTags.FILE, after.json(),
                        "Registry tags seen by deployer bot watch\n", settings.identity())) {
                    return new WatchPass(pass.decisions(), pass.requests(), pass.repositories(), pass.note(),
                            pass.exitCode(), true);
                }
                workspace.fetchState();
            }
            return noted(pass, "the registry tags seen were not saved: refs/deployer/registry kept moving");
        } catch (DeployerException e) {
            return noted(pass, "the registry tags seen were not saved: " + e.getMessage());
        }
    }

    private static SeenTags seen(SeenTags before, WatchPass pass, java.time.Instant now) {
        SeenTags after = before;
        for (WatchDecision d : pass.decisions()) {
            if (!d.newest().isEmpty()) {
                after = after.with(d.outcome().change().service(), d.image(), d.newest(), now);
            }
        }
        return after;
    }

    private static WatchPass noted(WatchPass pass, String note) {
        return new WatchPass(pass.decisions(), pass.requests(), pass.repositories(),
                pass.note().isEmpty() ? note : pass.note() + "; " + note, pass.exitCode());
    }
}
