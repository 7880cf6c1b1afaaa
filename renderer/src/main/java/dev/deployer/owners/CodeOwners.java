package dev.deployer.owners;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Location;
import dev.deployer.load.Layout;
import dev.deployer.load.Repo;
import dev.deployer.load.ServiceSource;
import dev.deployer.model.Environment;
import dev.deployer.model.Stack;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CODEOWNERS rules a repository's owners and approvers ask for. GitHub applies the last
 * rule that matches a path, so the order is the point: first each stack's directory to the
 * stack's owners, then each service's own files and rendered output to its owners ({@code owners:} of service.yaml, else of its stack.yaml), then
 * each environment's files to that environment's approvers, so that with "Require review from
 * Code Owners" a service team alone cannot approve what goes to an environment with approvers.
 */
public final class CodeOwners {

    /** {@code https://github.com/acme/deploy.git}, {@code git@github.com:acme/deploy.git}: the owner, acme. */
    private static final Pattern ORG = Pattern.compile("^(?:https?://|ssh://git@|git@)[^/:]+[/:]([^/]+)/[^/]+?(?:\\.git)?/?$");

    private CodeOwners() {
    }

    /** One line of CODEOWNERS: a path pattern and who owns it. */
    public record Rule(String pattern, List<String> owners) {
        public Rule {
            owners = List.copyOf(owners);
        }

        String line() {
            return pattern + " " + String.join(" ", owners);
        }
    }

    public static List<Rule> rules(Repo repo) {
        List<Rule> out = new ArrayList<>();
        String rendered = repo.config().renderedDir();
        for (Stack stack : repo.stacks()) {
            if (!stack.owners().isEmpty()) {
                out.add(new Rule("/" + Layout.STACKS_DIR + "/" + stack.name() + "/", stack.owners()));
            }
        }
        for (ServiceSource s : repo.services()) {
            List<String> owners = owners(repo, s);
            if (!owners.isEmpty()) {
                out.add(new Rule("/" + s.relativeDirectory() + "/", owners));
                out.add(new Rule("/" + rendered + "/*/" + s.name() + "/", owners));
            }
        }
        for (String env : repo.config().environments()) {
            for (ServiceSource s : repo.services()) {
                List<String> approvers = approvers(repo, repo.environmentFor(s, env));
                if (!approvers.isEmpty() && s.deployedTo(env)) {
                    out.add(new Rule("/" + s.valuesFiles().get(env), approvers));
                    out.add(new Rule("/" + s.relativeDirectory() + "/overlays/" + env + "/", approvers));
                    out.add(new Rule("/" + rendered + "/" + env + "/" + s.name() + "/", approvers));
                }
            }
            List<String> approvers = approvers(repo, repo.environment(env));
            if (!approvers.isEmpty()) {
                out.add(new Rule("/" + repo.config().clustersDir() + "/" + env + "/", approvers));
            }
        }
        return out;
    }

    private static List<String> owners(Repo repo, ServiceSource s) {
        return s.owners().isEmpty() ? repo.stack(s.stack()).map(Stack::owners).orElse(List.of()) : s.owners();
    }

    /** The approvers as CODEOWNERS names them: {@code @login}, {@code @org/team} (teams are in the repository's organisation). */
    private static List<String> approvers(Repo repo, Environment env) {
        Set<String> out = new LinkedHashSet<>();
        env.promotion().approvers().users().forEach(u -> out.add("@" + u));
        for (String team : env.promotion().approvers().teams()) {
            out.add("@" + organisation(repo).orElseThrow(() -> new ConfigException(Location.of("deployer.yaml"),
                    "environment '" + env.name() + "' has team approvers, but repoURL '" + repo.config().repoUrl()
                            + "' does not name a GitHub organisation to write them as @org/" + team + " in CODEOWNERS",
                    "set repoURL to the repository's GitHub URL, e.g. https://github.com/acme/deploy.git")) + "/" + team);
        }
        return List.copyOf(out);
    }

    static Optional<String> organisation(Repo repo) {
        Matcher m = ORG.matcher(repo.config().repoUrl());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
