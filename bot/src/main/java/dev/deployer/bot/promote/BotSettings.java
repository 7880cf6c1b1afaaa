package dev.deployer.bot.promote;

import dev.deployer.bot.git.Credentials;
import dev.deployer.bot.git.Identity;
import dev.deployer.bot.metrics.BotMetrics;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Where and as whom the bot works.
 *
 * @param remoteUrl   the deployment repository to clone and push to
 * @param baseBranch  the branch the controllers follow (promotion PRs target it)
 * @param workRoot    a folder for temporary clones
 * @param dryRun      compute and print the change, push nothing, call no API that writes
 * @param direct      commit to the base branch instead of opening a PR (also when the environment says so)
 * @param metrics     told of pushes and renders ({@code bot serve}'s /metrics; {@link BotMetrics#NONE} elsewhere)
 */
public record BotSettings(String remoteUrl, String baseBranch, Credentials credentials, Identity identity, Path workRoot,
                          boolean dryRun, boolean direct, Clock clock, BotMetrics metrics) {

    public BotSettings(String remoteUrl, String baseBranch, Credentials credentials, Identity identity, Path workRoot,
                       boolean dryRun, boolean direct, Clock clock) {
        this(remoteUrl, baseBranch, credentials, identity, workRoot, dryRun, direct, clock, BotMetrics.NONE);
    }

    public BotSettings withMetrics(BotMetrics newMetrics) {
        return new BotSettings(remoteUrl, baseBranch, credentials, identity, workRoot, dryRun, direct, clock, newMetrics);
    }

    public BotSettings {
        Objects.requireNonNull(remoteUrl, "remoteUrl");
        Objects.requireNonNull(baseBranch, "baseBranch");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(workRoot, "workRoot");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(metrics, "metrics");
    }
}
