package dev.deployer.cli;

import dev.deployer.bot.promote.BotSettings;
import dev.deployer.bot.promote.Outcome;
import dev.deployer.bot.promote.PromotionBot;
import dev.deployer.bot.promote.Reconciliation;
import dev.deployer.bot.promote.WatchPass;
import dev.deployer.bot.webhook.Bot;
import dev.deployer.bot.webhook.WebhookServer;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import dev.deployer.bot.metrics.PrometheusMetrics;
import dev.deployer.bot.status.StatusReport;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve",
        header = "Serve GitHub webhooks (and CI image announcements) and reconcile when they arrive.",
        description = {
            "",
            "Listens on --port for signed requests: POST /webhook/github (a merged deployer PR, or a push to the "
                    + "base branch, reconciles the services concerned; ping answers pong) and POST /webhook/image "
                    + "({\"service\": …, \"version\": …} from CI: set-version in the first environment). Every request must "
                    + "carry X-Hub-Signature-256 made with the secret from DEPLOYER_WEBHOOK_SECRET or --webhook-secret-file. "
                    + "GET /healthz is liveness; GET /readyz turns 200 once a reconcile pass went through. GET / is the status "
                    + "page and GET /api/status the same as JSON, read again after every reconcile pass (and after a registry watch "
                    + "pass that changed something); GET /metrics is for "
                    + "Prometheus (docs/metrics.md). Work runs one job "
                    + "at a time; a full reconcile also runs at start and every --resync-interval. SIGTERM drains the queue.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  DEPLOYER_WEBHOOK_SECRET=… GITHUB_TOKEN=… deployer bot serve --port 8080 --remote https://github.com/acme/deploy.git",
            "  deployer bot serve --webhook-secret-file /etc/deployer/webhook-secret --resync-interval 5m"})
final class ServeCommand implements Callable<Integer>, ErrorHandler.HasRepo, UsesEnvironment {

    static final String SECRET = "DEPLOYER_WEBHOOK_SECRET";

    @Spec
    CommandSpec spec;

    @Mixin
    RepoOptions repo;

    @Mixin
    BotOptions bot;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0: any free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "0.0.0.0", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--webhook-secret-file", paramLabel = "FILE",
            description = "File holding the webhook secret (default: the " + SECRET + " environment variable).")
    Path secretFile;

    @Option(names = "--resync-interval", paramLabel = "DURATION", defaultValue = "10m", converter = DurationConverter.class,
            description = "Reconcile everything this often, events or not: 30s, 10m, 1h; 0 turns it off (default: ${DEFAULT-VALUE}).")
    Duration resync;

    @Option(names = "--max-body-bytes", paramLabel = "N", defaultValue = "1048576",
            description = "Refuse larger requests with 413 (default: ${DEFAULT-VALUE}).")
    int maxBodyBytes;

    @Option(names = "--no-reconcile-at-start", description = "Do not reconcile once at start.")
    boolean noReconcileAtStart;

    @Option(names = "--watch-interval", paramLabel = "DURATION", defaultValue = "0", converter = DurationConverter.class,
            description = "Run a pass of the registry watch ('deployer bot watch') at start and this often: 5m, 1h;"
                    + " 0 turns it off (default: ${DEFAULT-VALUE}).")
    Duration watchInterval;

    @Mixin
    RegistryOptions registry;

    private Map<String, String> environment = Map.of();

    @Override
    public void environment(Map<String, String> env) {
        this.environment = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrometheusMetrics metrics = new PrometheusMetrics();
        BotSettings settings = bot.settings(repo, false, false).withMetrics(metrics);
        WebhookServer.Config config = new WebhookServer.Config(new InetSocketAddress(bind, port), secret(),
                settings.baseBranch(), bot.githubRepository(settings), maxBodyBytes, resync, !noReconcileAtStart,
                Duration.ofSeconds(30), settings.clock(), watchInterval);
        PrintWriter err = spec.commandLine().getErr();
        WebhookServer server = new WebhookServer(config, perJob(settings), line -> {
            synchronized (err) {
                err.println(line);
                err.flush();
            }
        }, Json::document, metrics);
        server.start();
        Thread onSigterm = new Thread(server::close, "deployer-shutdown");
        Runtime.getRuntime().addShutdownHook(onSigterm);
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException stop) {
            // an embedding caller (or a test) stops the server by interrupting this thread
        } finally {
            removeHook(onSigterm);
            server.close();
        }
        return 0;
    }

    /** A fresh bot (and GitHub client) per job: providers are meant for one pass. */
    private Bot perJob(BotSettings settings) {
        return new Bot() {
            @Override
            public Reconciliation reconcile(Set<String> services) {
                return new PromotionBot(settings, bot.github(settings)).reconcile(services);
            }

            @Override
            public Outcome deliver(String service, String version) {
                return new PromotionBot(settings, bot.github(settings)).deliver(service, version);
            }

            @Override
            public WatchPass watch() {
                return new PromotionBot(settings, bot.github(settings)).watch(registry.connect(), Set.of());
            }

            @Override
            public Optional<StatusReport> status() {
                return Optional.of(new PromotionBot(settings, bot.github(settings)).status());
            }
        };
    }

    private String secret() {
        String value;
        if (secretFile != null) {
            try {
                value = Files.readString(secretFile).strip();
            } catch (IOException e) {
                throw new DeployerException(ExitCode.USAGE, "cannot read --webhook-secret-file " + secretFile + ": "
                        + e.getClass().getSimpleName());
            }
        } else {
            value = environment.getOrDefault(SECRET, "");
        }
        if (value.isBlank()) {
            throw new DeployerException(ExitCode.USAGE, "no webhook secret: set " + SECRET + " or pass --webhook-secret-file;"
                    + " the server refuses to run without one, as it would accept anyone's requests");
        }
        return value;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already running the hook
        }
    }

    @Override
    public RepoOptions repoOptions() {
        return repo;
    }
}
