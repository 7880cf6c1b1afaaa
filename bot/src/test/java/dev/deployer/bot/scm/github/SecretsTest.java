package dev.deployer.bot.scm.github;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.testing.Failure;
import dev.deployer.bot.testing.FakeGitHub;
import dev.deployer.diag.DeployerException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tokens and keys never reach a log record, at any level, nor an exception, nor toString. */
class SecretsTest {

    @RegisterExtension
    final FakeGitHub github = FakeGitHub.start();

    private final List<String> logged = new ArrayList<>();
    private final List<Logger> loggers = List.of(Logger.getLogger("org.kohsuke"), Logger.getLogger("dev.deployer"));
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            logged.add(formatter.format(record) + " " + record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureEverything() {
        capture.setLevel(Level.ALL);
        for (Logger logger : loggers) {
            logger.setLevel(Level.ALL);
            logger.addHandler(capture);
        }
    }

    @AfterEach
    void stopCapturing() {
        for (Logger logger : loggers) {
            logger.removeHandler(capture);
            logger.setLevel(null);
        }
    }

    @Test
    void noTokenInLogsOrErrors() {
        GitHubProvider scm = GitHubProvider.connect(github.settings());
        github.failNext(Failure.secondaryRateLimit(Duration.ofSeconds(1)));
        scm.ensure(GitHubProviderTest.SPEC);
        github.failNext(Failure.badCredentials());
        DeployerException e = assertThrows(DeployerException.class, () -> scm.listOpen(java.util.Set.of()));

        assertFalse(GitHubFailuresTest.stackTrace(e).contains(FakeGitHub.TOKEN));
        assertTrue(logged.size() > 5, "hub4j and the provider log at FINE/INFO: " + logged.size());
        assertTrue(logged.stream().anyMatch(l -> l.contains("secondary rate limit")), "the retry is logged");
        logged.forEach(line -> assertFalse(line.contains(FakeGitHub.TOKEN), line));
    }

    @Test
    void noInstallationTokenOrKeyInLogs() {
        var key = GitHubAppAuthTest.rsa();
        github.registerApp(42, key.getPublic(), 7, "deployer");
        String pem = GitHubAppAuthTest.pkcs1Pem(key);
        GitHubSettings settings = new GitHubSettings(github.apiUrl(), github.repoId(), Credentials.app(42, pem, 7),
                github.settings().retry());
        GitHubProvider.connect(settings).ensure(GitHubProviderTest.SPEC);

        String keyBody = pem.lines().skip(1).findFirst().orElseThrow();
        logged.forEach(line -> assertFalse(line.contains("ghs_") || line.contains(keyBody), line));
        assertFalse(settings.toString().contains(keyBody), settings.toString());
    }

    @Test
    void settingsNeverPrintTheToken() {
        assertFalse(github.settings().toString().contains(FakeGitHub.TOKEN), github.settings().toString());
    }
}
