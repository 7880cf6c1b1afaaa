package dev.deployer.bot.scm;

/** How a pull request is merged when auto-merge fires. */
public enum MergeMethod {
    MERGE,
    SQUASH,
    REBASE
}
