package dev.deployer.cli;

import dev.deployer.bot.git.Credentials;
import dev.deployer.bot.git.Identity;
import dev.deployer.bot.promote.BotSettings;
import dev.deployer.bot.scm.RepoId;
import dev.deployer.bot.scm.ScmProvider;
import dev.deployer.bot.scm.github.GitHubProvider;
import dev.deployer.bot.scm.github.GitHubSettings;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import dev.deployer.load.Repo;
import dev.deployer.load.RepoLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where the bot pushes and how it reaches GitHub. Secrets come only from the environment
 * ({@code GITHUB_TOKEN}, or a GitHub App), never from options, so they stay out of shell
 * history, process lists and help text.
 */
public final class BotOptions implements UsesEnvironment, UsesClock {

    static final String TOKEN = "GITHUB_TOKEN";
    static final String APP_ID = "DEPLOYER_GITHUB_APP_ID";
    static final String APP_KEY_FILE = "DEPLOYER_GITHUB_APP_PRIVATE_KEY_FILE";
    static final String APP_INSTALLATION = "DEPLOYER_GITHUB_APP_INSTALLATION_ID";

    @Option(names = "--remote", paramLabel = "URL",
            description = "The deployment repository to clone and push to (default: repoURL in deployer.yaml).")
    String remote;

    @Option(names = "--branch", paramLabel = "NAME",
            description = "The base branch (default: branch in deployer.yaml, else main).")
    String branch;

    @Option(names = "--github-api-url", paramLabel = "URL",
            description = "GitHub's API, e.g. https://ghe.example.com/api/v3 for GitHub Enterprise (default: api.github.com).")
    String githubApiUrl;

    @Option(names = "--github-repo", paramLabel = "OWNER/NAME",
            description = "The repository on GitHub (default: from the remote URL).")
    String githubRepo;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Where temporary clones go (default: the system temp folder).")
    Path workDir;

    /** The command this mixin is part of: hints name only options that command has. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private Map<String, String> environment = Map.of();
    private Clock clock = Clock.systemUTC();

    @Override
    public void environment(Map<String, String> env) {
        this.environment = env;
    }

    @Override
    public void clock(Clock newClock) {
        this.clock = newClock;
    }

    BotSettings settings(RepoOptions repo, boolean dryRun, boolean direct) {
        Optional<Repo> local = localRepo(repo);
        String url = Optional.ofNullable(remote).map(BotOptions::resolved).or(() -> local.map(r -> r.config().repoUrl()))
                .orElseThrow(() -> new DeployerException(ExitCode.USAGE,
                        "no remote: pass --remote URL, or run in a deployment repository (deployer.yaml names repoURL)"));
        String base = Optional.ofNullable(branch).or(() -> local.map(r -> r.config().branch())).orElse("main");
        Credentials git = environment.containsKey(TOKEN) && url.startsWith("http")
                ? Credentials.token(environment.get(TOKEN)) : Credentials.none();
        apiUrl(); // a bad --github-api-url is a usage error, told before anything is cloned
        Path work = workDir != null ? workDir : Path.of(System.getProperty("java.io.tmpdir"));
        return new BotSettings(url, base, git, Identity.BOT, work, dryRun, direct, clock);
    }

    /**
     * A remote given as a local path ({@code ../remote.git}) is taken relative to the working
     * directory, as git does; URLs and scp-like {@code host:path} remotes are left as they are.
     */
    static String resolved(String remote) {
        int colon = remote.indexOf(':');
        int slash = remote.indexOf('/');
        boolean url = remote.contains("://") || (colon > 0 && (slash < 0 || colon < slash));
        return url ? remote : Path.of(remote).toAbsolutePath().normalize().toString();
    }

    /** The promotion bot for a writing command, with GitHub connected only if a PR is touched. */
    dev.deployer.bot.promote.PromotionBot promotionBot(RepoOptions repo, WriteOptions write) {
        BotSettings settings = settings(repo, write.dryRun, write.noPr);
        return new dev.deployer.bot.promote.PromotionBot(settings, github(settings));
    }

    /** The GitHub provider, connected on first use; a missing token is an error only then. */
    Supplier<ScmProvider> github(BotSettings settings) {
        return new Supplier<>() {
            private ScmProvider provider;

            @Override
            public synchronized ScmProvider get() {
                if (provider == null) {
                    provider = connect(settings);
                }
                return provider;
            }
        };
    }

    /** A provider when credentials are configured, for read-only uses such as status. */
    Optional<ScmProvider> githubIfConfigured(BotSettings settings) {
        return environment.containsKey(TOKEN) || environment.containsKey(APP_ID) ? Optional.of(connect(settings))
                : Optional.empty();
    }

    /** {@code owner/name} on GitHub, when it can be told (from --github-repo or the remote URL). */
    Optional<String> githubRepository(BotSettings settings) {
        try {
            return Optional.of(repoId(settings).toString());
        } catch (DeployerException notAGitHubUrl) {
            return Optional.empty();
        }
    }

    private RepoId repoId(BotSettings settings) {
        if (githubRepo != null) {
            return RepoId.parse(githubRepo);
        }
        return RepoId.ofRemoteUrl(settings.remoteUrl()).orElseThrow(() -> new DeployerException(ExitCode.USAGE,
                "cannot tell the GitHub repository (owner/name) from the remote '"
                        + RepoId.withoutUserInfo(settings.remoteUrl()) + "'; pass --github-repo OWNER/NAME"));
    }

    private ScmProvider connect(BotSettings settings) {
        RepoId repoId = repoId(settings);
        GitHubSettings gh = GitHubSettings.of(repoId, credentials()).withObserver(settings.metrics()::githubCall);
        return GitHubProvider.connect(apiUrl().map(gh::withApiUrl).orElse(gh));
    }

    /** {@code --github-api-url}, else {@code GITHUB_API_URL}; empty for api.github.com. */
    private Optional<java.net.URI> apiUrl() {
        String api = githubApiUrl != null ? githubApiUrl : environment.get("GITHUB_API_URL");
        return api == null || api.isBlank() ? Optional.empty() : Optional.of(GitHubSettings.parseApiUrl(api));
    }

    private dev.deployer.bot.scm.github.Credentials credentials() {
        if (environment.containsKey(APP_ID)) {
            try {
                String pem = Files.readString(Path.of(require(APP_KEY_FILE)));
                return dev.deployer.bot.scm.github.Credentials.app(Long.parseLong(environment.get(APP_ID)), pem,
                        Long.parseLong(require(APP_INSTALLATION)));
            } catch (IOException | NumberFormatException e) {
                throw new DeployerException(ExitCode.USAGE, "cannot read the GitHub App settings from " + APP_ID + ", "
                        + APP_KEY_FILE + " and " + APP_INSTALLATION + ": " + e.getClass().getSimpleName());
            }
        }
        String token = environment.get(TOKEN);
        if (token == null || token.isBlank()) {
            throw new DeployerException(ExitCode.USAGE, TOKEN + " is not set: a token is needed to open pull requests;"
                    + " perhaps you should export it" + alternatives("--dry-run", "--no-pr"));
        }
        return dev.deployer.bot.scm.github.Credentials.token(token);
    }

    /** ", or use --dry-run or --no-pr", naming only the options the command has. */
    private String alternatives(String... options) {
        java.util.List<String> has = java.util.Arrays.stream(options).filter(o -> command.findOption(o) != null).toList();
        return has.isEmpty() ? "" : ", or use " + String.join(" or ", has);
    }

    private String require(String name) {
        String v = environment.get(name);
        if (v == null || v.isBlank()) {
            throw new DeployerException(ExitCode.USAGE, name + " is not set");
        }
        return v;
    }

    private static Optional<Repo> localRepo(RepoOptions repo) {
        return Files.isRegularFile(repo.root().resolve("deployer.yaml")) ? Optional.of(RepoLoader.load(repo.root()))
                : Optional.empty();
    }
}
