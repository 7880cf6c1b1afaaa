package dev.deployer.bot.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Checks one exchange against GitHub's description and reports each error as a violation. */
final class SpecCheck {

    /** {@code application/vnd.github+json}, {@code application/vnd.github.v3+json}, … */
    private static final Pattern GITHUB_MEDIA_TYPE = Pattern.compile("application/vnd\\.github[\\w.-]*(\\+json)?");
    /** GitHub sends its error JSON with any error status; its description lists few, some without a body. */
    private static final java.util.Set<String> FORGIVEN_FOR_ERRORS =
            java.util.Set.of("validation.response.status.unknown", "validation.response.body.unexpected");

    private final OpenApiInteractionValidator validator;
    private final Consumer<String> violations;
    /** Response shapes already validated (see {@link Shape}): a big PR list takes ~300 ms each time. */
    private static final java.util.Set<String> checkedShapes = java.util.concurrent.ConcurrentHashMap.newKeySet();

    SpecCheck(OpenApiInteractionValidator validator, Consumer<String> violations) {
        this.validator = validator;
        this.violations = violations;
    }

    void request(Exchange ex) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(ex.method(), ex.path());
        ex.headers().forEach((name, values) -> request.withHeader(name, accept(name, values)));
        ex.query().forEach(request::withQueryParam);
        if (!ex.body().isEmpty()) {
            request.withBody(ex.body());
        }
        report("request " + ex.method() + " " + ex.path(), validator.validateRequest(request.build()), false);
    }

    /**
     * {@code generic}: an error status. GitHub may answer any operation with its error JSON
     * (401, 403, 404, 422, 429, 5xx) though the description lists them on few, some without a
     * body; for those only an undocumented status or body is forgiven, and the body is still
     * checked wherever the description does list it.
     */
    void response(Exchange ex, Reply reply, boolean generic) {
        if (!checkedShapes.add(ex.method() + " " + ex.path().replaceAll("/\\d+", "/N") + " " + reply.status() + " "
                + generic + " " + Shape.of(reply.body()))) {
            return;
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(reply.status());
        if (reply.body() != null) {
            response.withContentType("application/json").withBody(reply.body().toString());
        }
        reply.headers().forEach(response::withHeader);
        report("response " + reply.status() + " to " + ex.method() + " " + ex.path(),
                validator.validateResponse(ex.path(), Request.Method.valueOf(ex.method()), response.build()), generic);
    }

    private void report(String what, ValidationReport report, boolean generic) {
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() != ValidationReport.Level.ERROR
                    || generic && FORGIVEN_FOR_ERRORS.contains(message.getKey())) {
                continue;
            }
            violations.accept(what + ": " + message.getKey() + ": " + message.getMessage()
                    + message.getContext().flatMap(c -> c.getParameter()).map(p -> " (parameter " + p.getName() + ")")
                            .orElse("")
                    + message.getContext().flatMap(c -> c.getPointers()).map(p -> " at " + p.getInstance()).orElse(""));
        }
    }

    /** GitHub's description lists application/json; its own media types are JSON too. */
    private static List<String> accept(String name, List<String> values) {
        if (!name.equalsIgnoreCase("Accept")) {
            return values;
        }
        return values.stream()
                .map(v -> GITHUB_MEDIA_TYPE.matcher(v.toLowerCase(Locale.ROOT)).replaceAll("application/json"))
                .toList();
    }

}
