package dev.deployer.cli.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.testing.FakeGitHub;
import dev.deployer.bot.testing.LocalRegistry;
import dev.deployer.cli.DocumentSchemas;
import dev.deployer.cli.DeployerCommand;
import dev.deployer.testing.TestFiles;
import dev.deployer.testing.TestPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry watch's stories from the CLI: examples/carts with its image on the real registry
 * (docker-registry on loopback), a bare git remote and the test GitHub. Images are pushed to the
 * registry as CI would; {@code deployer bot watch} does the rest.
 */
class WatchTest {

    @RegisterExtension
    final FakeGitHub github = FakeGitHub.start();

    @TempDir
    Path temp;

    private LocalRegistry registry;
    private GitFixture remote;
    private BotCli cli;

    @BeforeEach
    void startRegistry() {
        registry = LocalRegistry.start(temp.resolve("registry"), false);
    }

    @AfterEach
    void stopRegistry() {
        registry.close();
    }

    /** examples/carts watching the local registry with {@code policy}, plus {@code orders} on {@code ordersRepo} if given. */
    private void repository(String policy, String ordersRepo) throws IOException {
        repository(policy, ordersRepo, true);
    }

    private void repository(String policy, String ordersRepo, boolean render) throws IOException {
        Path content = temp.resolve("content");
        TestFiles.copyTree(TestPaths.example("carts"), content);
        Path service = content.resolve("services/carts/service.yaml");
        Files.writeString(service, Files.readString(service).replace("image: ghcr.io/acme/carts",
                "image: " + registry.host() + "/acme/carts\nupdate:\n" + policy.indent(2).stripTrailing()));
        if (ordersRepo != null) {
            TestFiles.copyTree(content.resolve("services/carts"), content.resolve("services/orders"));
            // its own table: an object belongs to one service (two services rendering one object is refused)
            Path table = content.resolve("services/orders/resources/table.yaml");
            Files.writeString(table, Files.readString(table).replace("name: carts-", "name: orders-"));
            Path orders = content.resolve("services/orders/service.yaml");
            Files.writeString(orders, Files.readString(orders).replace("/acme/carts", "/" + ordersRepo));
        }
        if (render) {
            Run rendered = deployer("render", "--repo", content.toString());
            assertEquals(0, rendered.exitCode(), rendered.err());
        }
        remote = GitFixture.of(content, temp);
        cli = new BotCli(remote, github, temp);
    }

    record Run(int exitCode, String out, String err) {
    }

    private static Run deployer(String... args) {
        var cl = DeployerCommand.commandLine(java.util.Map.of());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    private BotCli.Run watch(String... extra) {
        String[] args = new String[extra.length + 2];
        args[0] = "bot";
        args[1] = "watch";
        System.arraycopy(extra, 0, args, 2, extra.length);
        return cli.run(args);
    }

    @Test
    void aNewTagOpensTheDevPullRequestAndOnlyANewAllowedTagDoesAgain() throws IOException {
        repository("policy: semver\nconstraint: \">=1.2.0 <2.0.0\"\nprerelease: false", null);
        registry.push("acme/carts", "v1.3.0");
        registry.push("acme/carts", "v1.5.0");

        BotCli.Run dry = watch("--dry-run");
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.err().contains("carts dev: v1.3.0 → v1.5.0: dry run"), dry.err());
        assertFalse(remote.hasBranch("deployer/dev/carts"));

        BotCli.Run first = watch("--output", "json");
        assertEquals(0, first.exitCode(), first.err());
        DocumentSchemas.assertValid("watch", first.out());
        assertTrue(first.err().contains("carts dev: v1.3.0 → v1.5.0: opened "), first.err());
        assertTrue(first.out().contains("\"newestTag\" : \"v1.5.0\"") && first.out().contains("\"registryRequests\" : 1"),
                first.out());
        var pr = github.pull(1);
        assertEquals("Deploy carts v1.5.0 to dev", pr.title());
        assertTrue(pr.body().contains("Triggered by the registry tag `v1.5.0` of `" + registry.host() + "/acme/carts`"),
                pr.body());
        assertTrue(remote.show("deployer/dev/carts", "services/carts/dev.yaml").contains("version: v1.5.0"));

        Path checkout = temp.resolve("checkout");
        GitFixture.git(temp, "clone", "-q", remote.bare.toString(), checkout.toString());
        GitFixture.git(checkout, "fetch", "-q", "origin", "refs/deployer/*:refs/deployer/*");
        Run status = deployer("status", "--repo", checkout.toString());
        assertEquals(0, status.exitCode(), status.err());
        assertTrue(status.out().contains("Registry tags seen:\n  carts " + registry.host() + "/acme/carts:v1.5.0 since 20"),
                status.out());
        Run statusJson = deployer("status", "-o", "json", "--repo", checkout.toString());
        var seenJson = DocumentSchemas.assertValid("status", statusJson.out()).at("/registry/0");
        assertEquals(registry.host() + "/acme/carts", seenJson.at("/image").asText());
        String seenAt = seenJson.at("/seenAt").asText();
        assertTrue(seenAt.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), "whole seconds, UTC: " + seenAt);
        assertTrue(deployer("status", "-o", "html", "--repo", checkout.toString()).out().contains("<td data-label=\"Image\"><code>"
                + registry.host() + "/acme/carts</code></td><td data-label=\"Tag\"><span class=\"version\">v1.5.0</span>"
                + "<time datetime=\"" + seenAt + "\">seen since "), "the status page shows it");
        assertTrue(deployer("status", "-o", "markdown", "--repo", checkout.toString()).out().contains("- carts `"
                + registry.host() + "/acme/carts:v1.5.0` since " + seenAt.substring(0, 10)), "and the Markdown");
        String seen = GitFixture.git(remote.bare, "rev-parse", "refs/deployer/registry");

        github.resetCalls();
        BotCli.Run again = watch();
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.err().contains("already proposed in"), again.err());
        assertEquals(0, github.writeCalls(), "an open PR with the version: nothing written " + github.callSummary());

        cli.merge(1, "deployer/dev/carts");
        github.resetCalls();
        String main = remote.log("main");
        registry.push("acme/carts", "v2.0.0");
        registry.push("acme/carts", "v1.5.1-rc.1");
        BotCli.Run nothingNew = watch();
        assertEquals(0, nothingNew.exitCode(), nothingNew.err());
        assertTrue(nothingNew.err().contains("carts dev: v1.5.0 → v1.5.0: already running, nothing to do (registry tag v1.5.0"),
                nothingNew.err());
        assertEquals(0, github.totalCalls(), "nothing new: no PR call at all " + github.callSummary());
        assertEquals(main, remote.log("main"), "and no write");
        assertEquals(seen, GitFixture.git(remote.bare, "rev-parse", "refs/deployer/registry"),
                "the tags seen are the same: not saved again");

        Run hold = new Run(0, "", "");
        BotCli.Run held = cli.run("hold", "carts", "--env", "dev", "--reason", "load test", "--no-pr");
        assertEquals(0, held.exitCode(), held.err() + hold);
        registry.push("acme/carts", "v1.6.0");
        BotCli.Run onHold = watch();
        assertEquals(0, onHold.exitCode(), onHold.err());
        assertTrue(onHold.err().contains("on hold (load test), v1.6.0 not deployed"), onHold.err());
        assertEquals(1, github.pulls().size(), "a held service gets no PR");
    }

    @Test
    void servicesSharingAnImageShareOneListingAndADigestPinRendersAsWritten() throws IOException {
        repository("policy: semver\npin: digest", "acme/carts");
        String digest = registry.push("acme/carts", "v1.5.0");

        BotCli.Run pass = watch("--no-pr", "--output", "json");
        assertEquals(0, pass.exitCode(), pass.err());
        DocumentSchemas.assertValid("watch", pass.out());
        assertTrue(pass.out().contains("\"repositories\" : 1") && pass.out().contains("\"registryRequests\" : 2"),
                "one listing and one manifest HEAD for two services: " + pass.out());
        assertTrue(pass.err().contains("carts dev: v1.3.0 → v1.5.0@" + digest + ": committed"), pass.err());
        assertTrue(pass.err().contains("orders dev: v1.3.0 → v1.5.0@" + digest + ": committed"), pass.err());
        String values = remote.show("main", "services/carts/dev.yaml");
        assertTrue(values.contains("version: \"v1.5.0@" + digest + "\""), values);
        String message = GitFixture.git(remote.bare, "log", "-1", "--format=%B", "main");
        assertTrue(message.contains("Triggered by the registry tag `v1.5.0` of `" + registry.host() + "/acme/carts` (pinned: `"
                + digest + "`)"), "a commit says what triggered it, as a PR does: " + message);
        String deployment = remote.show("main", "rendered/dev/carts/deployment-carts-api.yaml");
        assertTrue(deployment.contains("image: " + registry.host() + "/acme/carts:v1.5.0@" + digest), deployment);

        Path checkout = temp.resolve("checkout");
        GitFixture.git(temp, "clone", "-q", remote.bare.toString(), checkout.toString());
        Run check = deployer("render", "--check", "--repo", checkout.toString());
        assertEquals(0, check.exitCode(), "render keeps the pinned image: " + check.out() + check.err());

        String main = remote.log("main");
        BotCli.Run second = watch("--no-pr");
        assertEquals(0, second.exitCode(), second.err());
        assertEquals(main, remote.log("main"), "a second pass with nothing new writes nothing");
        assertTrue(second.err().contains("1 registry request(s), 0 write(s)"), "a pinned tag needs no HEAD again: " + second.err());
        assertEquals(0, github.totalCalls());
    }

    @Test
    void aPassOverAHundredServicesOnTwentyImagesListsEachImageOnce() throws IOException {
        Path content = temp.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("deployer.yaml"), "repoURL: https://github.com/acme/deploy.git\n");
        for (int i = 0; i < 20; i++) {
            registry.push("acme/img-" + i, "v1.3.0");
        }
        for (int i = 0; i < 100; i++) {
            Path svc = Files.createDirectories(content.resolve(String.format("services/svc-%03d", i)));
            Files.writeString(svc.resolve("service.yaml"), "image: " + registry.host() + "/acme/img-" + i % 20
                    + "\nupdate: {policy: semver}\ncomponents:\n  api: {type: web}\n");
            Files.writeString(svc.resolve("dev.yaml"), "version: v1.3.0\n");
        }
        remote = GitFixture.of(content, temp);
        cli = new BotCli(remote, github, temp);
        BotCli.Run pass = watch("-o", "json");
        assertEquals(0, pass.exitCode(), pass.err());
        var doc = DocumentSchemas.assertValid("watch", pass.out());
        assertEquals(100, doc.get("decisions").size());
        assertEquals(20, doc.get("repositories").asInt());
        assertEquals(20, doc.get("registryRequests").asInt(), "one tags request per image repository");
        assertEquals(0, doc.get("writes").asInt());
        assertEquals(0, github.totalCalls());
        System.out.println("registry requests per watch pass, 100 services on 20 images (no auth): "
                + doc.get("registryRequests").asInt());
    }

    @Test
    void serveRunsTheWatchAtStartAndOnItsInterval() throws Exception {
        repository("policy: semver", null, false);
        registry.push("acme/carts", "v1.4.0");
        StringWriter log = new StringWriter();
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("bot", "serve", "--port", "0",
                "--bind", "127.0.0.1", "--resync-interval", "0", "--no-reconcile-at-start", "--watch-interval", "1s"));
        args.addAll(cli.connection());
        var cl = DeployerCommand.commandLine(java.util.Map.of("GITHUB_TOKEN", FakeGitHub.TOKEN, "DEPLOYER_WEBHOOK_SECRET", "s"));
        cl.setErr(new PrintWriter(log, true));
        cl.setOut(new PrintWriter(new StringWriter()));
        var runner = java.util.concurrent.Executors.newSingleThreadExecutor();
        var serving = runner.submit(() -> cl.execute(args.toArray(String[]::new)));
        try {
            awaitLog(log, "watch: carts dev: v1.3.0 → v1.4.0: opened ");
            awaitLog(log, "listening on http://");
            awaitStatus(log, "\"tag\" : \"v1.4.0\"");
            registry.push("acme/carts", "v1.4.1");
            awaitLog(log, "watch: carts dev: v1.3.0 → v1.4.1: updated ");
            assertEquals(1, github.pulls().size(), log.toString());
            assertTrue(github.pull(1).body().contains("registry tag `v1.4.1`"), github.pull(1).body());
        } finally {
            serving.cancel(true);
            runner.shutdown();
            assertTrue(runner.awaitTermination(40, java.util.concurrent.TimeUnit.SECONDS));
        }
        assertFalse(log.toString().contains(FakeGitHub.TOKEN));
    }

    /** Until the server (whose log says where it listens) has {@code text} in its GET /api/status. */
    private static void awaitStatus(StringWriter log, String text) throws Exception {
        var at = java.util.regex.Pattern.compile("listening on (http://[0-9.:]+)").matcher(log.toString());
        assertTrue(at.find(), log.toString());
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(at.group(1) + "/api/status")).build();
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        String body = "";
        while (!body.contains(text)) {
            assertTrue(System.nanoTime() < deadline, "the status is read again after a pass that changed it: " + body);
            Thread.sleep(100);
            body = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    private static void awaitLog(StringWriter log, String line) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (!log.toString().contains(line)) {
            assertTrue(System.nanoTime() < deadline, "no '" + line + "' in the log:\n" + log);
            Thread.sleep(100);
        }
    }

    @Test
    void aRegistryFailureFailsItsServicesOnly() throws IOException {
        repository("policy: regex\npattern: '^build-(?<version>\\d+)$'", "acme/missing", false);
        registry.push("acme/carts", "build-7");
        registry.push("acme/carts", "build-10");
        BotCli.Run pass = watch("--no-pr");
        assertEquals(4, pass.exitCode(), pass.err());
        assertTrue(pass.err().contains("carts dev: v1.3.0 → build-10: committed"), pass.err());
        assertTrue(pass.err().contains("orders dev: v1.3.0 → v1.3.0: failed: " + registry.host()
                + "/acme/missing: cannot list the tags: 404 NAME_UNKNOWN"), pass.err());
        assertTrue(remote.show("main", "services/orders/dev.yaml").contains("version: v1.3.0"));
    }

    @Test
    void theWatchObeysTheFreezeWindowsAsSetVersionDoes() throws IOException {
        repository("policy: regex\npattern: '^build-(?<version>\\d+)$'", null, false);
        Path dev = temp.resolve("content/environments/dev.yaml");
        Files.writeString(dev, Files.readString(dev) + "promotion:\n  gates:\n    freeze:\n"
                + "      - {from: \"2026-03-03T00:00:00Z\", to: \"2026-03-04T00:00:00Z\", reason: migration}\n");
        remote.commitAll(temp.resolve("content"), "Freeze dev for the migration");
        String main = remote.log("main");
        registry.push("acme/carts", "build-8");
        BotCli.Run frozen = watch("--no-pr");
        assertEquals(0, frozen.exitCode(), frozen.err());
        assertTrue(frozen.err().contains("carts dev: v1.3.0 → build-8: waits: frozen until Wed 00:00 UTC (migration)"),
                frozen.err());
        assertEquals(main, remote.log("main"));
    }
}
