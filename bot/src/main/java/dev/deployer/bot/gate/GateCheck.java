package dev.deployer.bot.gate;

import dev.deployer.bot.git.CommitId;
import dev.deployer.bot.git.CommitInfo;
import dev.deployer.bot.git.GitWorkspace;
import dev.deployer.bot.plan.VersionHistory;
import dev.deployer.bot.plan.Versions;
import dev.deployer.bot.scm.CommitCheck;
import dev.deployer.bot.scm.ScmProvider;
import dev.deployer.load.Repo;
import dev.deployer.load.ServiceSource;
import dev.deployer.model.Environment;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The promotion gates, evaluated: the one call every path that moves a version uses
 * ({@code deployer promote}, {@code bot reconcile} and {@code bot serve}, set-version and image
 * deliveries for freezes, {@code deployer status} to say why a promotion waits). Rollbacks never
 * ask. Reads the repository as {@code ref} has it, the git history for when the version landed,
 * the host's commit statuses for health (only when a healthy gate is set), and the clock. Each
 * commit's reports are asked for once per instance, however many services read them: one
 * instance serves one pass.
 */
public final class GateCheck {

    /** How many heads of the base branch back the health reading goes at most. */
    public static final int MAX_COMMITS = 50;

    private final Repo repo;
    private final GitWorkspace workspace;
    private final String ref;
    private final Optional<Supplier<ScmProvider>> scm;
    private final Clock clock;
    private final Map<String, List<CommitCheck>> reports = new HashMap<>();

    /** {@code scm}: empty when the host cannot be asked (no credentials), so health stays unknown. */
    public GateCheck(Repo repo, GitWorkspace workspace, String ref, Optional<Supplier<ScmProvider>> scm, Clock clock) {
        this.repo = repo;
        this.workspace = workspace;
        this.ref = ref;
        this.scm = scm;
        this.clock = clock;
    }

    /** Whether the version {@code service} runs in {@code to}'s source environment may be promoted into {@code to} now. */
    public Verdict promotion(String service, String to) {
        ServiceSource source = repo.service(service).orElseThrow(() -> new IllegalArgumentException("no service " + service));
        Environment target = repo.environmentFor(source, to);
        Environment.Gates gates = target.promotion().gates();
        String from = target.promotion().from();
        String version = Versions.of(source, from).orElse("");
        Instant now = clock.instant();
        List<GateResult> results = new ArrayList<>();
        if (gates.healthy() || !gates.soak().isZero()) {
            Landing landing = landing(source, from, version);
            HealthGates health = new HealthGates(service, from, version, gates, now);
            results.addAll(health.evaluate(landing, gates.healthy() ? reading() : Optional.empty()));
        }
        freeze(gates, now).ifPresent(results::add);
        return new Verdict(service, to, from, version, results);
    }

    /** Whether a new version may be set in {@code env} now (set-version, an image delivery): only a freeze applies. */
    public Verdict delivery(String service, String env, String version) {
        Environment.Gates gates = repo.environmentFor(service, env).promotion().gates();
        return new Verdict(service, env, "", version, freeze(gates, clock.instant()).stream().toList());
    }

    private Optional<GateResult> freeze(Environment.Gates gates, Instant now) {
        return gates.freeze().isEmpty() ? Optional.empty() : Optional.of(FreezeGate.at(gates.freeze(), now));
    }

    /** The heads the base branch had since the version landed in the source, newest first, and when it landed. */
    record Landing(List<CommitInfo> commits, Instant at) {
    }

    private Landing landing(ServiceSource source, String env, String version) {
        String valuesFile = source.valuesFiles().get(env);
        Optional<VersionHistory.Entry> landed = valuesFile == null ? Optional.empty()
                : VersionHistory.of(workspace, valuesFile, ref, 1).stream().filter(e -> e.version().equals(version)).findFirst();
        if (landed.isEmpty()) {
            return new Landing(List.of(), clock.instant());
        }
        CommitId since = new CommitId(landed.get().commit());
        return new Landing(workspace.firstParents(ref, since, MAX_COMMITS), landed.get().date());
    }

    /** Empty when the host cannot be asked: health is then unknown, not an error. */
    private Optional<HealthReading> reading() {
        return scm.map(host -> new HealthReading(sha -> reports.computeIfAbsent(sha, s -> host.get().checks(s))));
    }
}
