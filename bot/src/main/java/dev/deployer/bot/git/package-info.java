/**
 * The git workspace the promotion flow works in; the only package that uses JGit.
 *
 * <p>{@link dev.deployer.bot.git.GitWorkspace} clones or opens a repository, fetches, starts a
 * branch from the remote's state, commits (dated by an injected {@code Clock}, so commits are
 * reproducible), pushes with a lease and reads history. {@link dev.deployer.bot.git.LeasedUpdate}
 * is the edit → commit → leased push loop that retries lost races on the new state.
 * The API speaks {@link dev.deployer.bot.git.CommitId} and {@link dev.deployer.bot.git.PushOutcome},
 * never JGit types; JGit exceptions are translated once (in {@code GitCalls}) into
 * {@code DeployerException(ExitCode.REMOTE, "..., perhaps you should ...")} with no secret in
 * the message or the cause.
 */
package dev.deployer.bot.git;
