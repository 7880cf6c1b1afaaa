package dev.deployer.bot.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Matches "METHOD /path" against OpenAPI-style templates ({@code /repos/{owner}/{repo}}). */
final class Router {

    record Route(String method, String template, Function<Exchange, Reply> handler) {
        String operation() {
            return method + " " + template;
        }
    }

    record Match(Route route, Map<String, String> vars) {
    }

    private final List<Route> routes = new ArrayList<>();

    Router add(String operation, Function<Exchange, Reply> handler) {
        String[] parts = operation.split(" ", 2);
        routes.add(new Route(parts[0], parts[1], handler));
        return this;
    }

    List<String> operations() {
        return routes.stream().map(Route::operation).toList();
    }

    Optional<Match> match(String method, String path) {
        for (Route route : routes) {
            if (route.method().equals(method)) {
                Map<String, String> vars = vars(route.template(), path);
                if (vars != null) {
                    return Optional.of(new Match(route, vars));
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> vars(String template, String path) {
        String[] want = template.split("/", -1);
        String[] have = path.split("/", -1);
        if (want.length != have.length) {
            return null;
        }
        Map<String, String> vars = new HashMap<>();
        for (int i = 0; i < want.length; i++) {
            if (want[i].startsWith("{") && want[i].endsWith("}") && !have[i].isEmpty()) {
                vars.put(want[i].substring(1, want[i].length() - 1), have[i]);
            } else if (!want[i].equals(have[i])) {
                return null;
            }
        }
        return vars;
    }
}
