package dev.deployer.load;

import dev.deployer.model.Environment.Gates;
import dev.deployer.schedule.CronSchedule;
import dev.deployer.schedule.Durations;
import dev.deployer.schedule.FreezeWindow;
import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Binds {@code promotion.gates} of a profile: {@code healthy}, {@code soak} and the
 * {@code freeze} windows, every one checked strictly (a cron expression cron-utils accepts, an
 * explicit time zone, a window that ends after it starts), every problem with its file:line.
 */
final class GatesReader {

    static final String DURATION_HINT = "write it like 30m, 24h, 1h30m or 2d";

    private GatesReader() {
    }

    static Gates read(Fields promotion, String env, String from) {
        String what = "environment '" + env + "' promotion.gates";
        Fields f = promotion.child("gates", what);
        boolean healthy = f.bool("healthy", false);
        Duration soak = duration(f, "soak", Duration.ZERO);
        List<FreezeWindow> freeze = new ArrayList<>();
        f.list("freeze").ifPresent(list -> windows(f, list, env, freeze));
        if (from.isEmpty() && (healthy || !soak.isZero())) {
            f.error(healthy ? "healthy" : "soak", "environment '" + env + "' promotes from no environment, so "
                    + "gates.healthy and gates.soak have nothing to measure",
                    "remove them (a freeze window still applies), or set promotion.from");
        }
        f.end();
        return new Gates(healthy, soak, freeze);
    }

    private static void windows(Fields gates, YList list, String env, List<FreezeWindow> out) {
        int n = 0;
        for (YNode item : list) {
            n++;
            String what = "freeze window " + n + " of environment '" + env + "'";
            if (!(item instanceof YMap map)) {
                gates.problems().add(item.location(), what + " must be a map, found " + item.describe(),
                        "write {cron: \"0 16 * * FRI\", duration: 64h, timezone: Europe/Berlin, reason: …} or {from: …, to: …}");
                continue;
            }
            Fields w = new Fields(map, what, gates.problems());
            window(w, what).ifPresent(out::add);
            w.end();
        }
    }

    private static Optional<FreezeWindow> window(Fields w, String what) {
        w.allow("cron", "duration", "timezone", "from", "to");
        String reason = w.string("reason", "");
        boolean cron = w.has("cron");
        boolean fixed = w.has("from") | w.has("to");
        if (cron == fixed) {
            w.problems().add(w.location(), what + (cron ? " has both cron and from/to" : " has neither cron nor from/to"),
                    "a window repeats (cron, duration, timezone) or happens once (from, to)");
            return Optional.empty();
        }
        return cron ? recurring(w, what, reason) : FixedWindowReader.read(w, what, reason);
    }

    private static Optional<FreezeWindow> recurring(Fields w, String what, String reason) {
        CronSchedule.Parsed parsed = CronSchedule.parse(w.requiredString("cron"));
        if (parsed.schedule().isEmpty() && w.has("cron")) {
            w.error("cron", "cron of " + what + " is not a 5-field cron expression: " + parsed.problem(),
                    "minute hour day-of-month month day-of-week, e.g. \"0 16 * * FRI\" (Friday 16:00)");
        }
        Duration duration = duration(w, "duration", Duration.ZERO);
        if (!w.has("duration")) {
            w.problems().add(w.location(), what + " has no duration", "add e.g. 'duration: 64h' (Friday 16:00 to Monday 08:00)");
        } else if (w.optionalString("duration").flatMap(Durations::parse).filter(Duration::isZero).isPresent()) {
            w.error("duration", "duration of " + what + " must be more than 0", DURATION_HINT);
        }
        Optional<ZoneId> zone = zone(w, what, true);
        if (parsed.schedule().isEmpty() || duration.isZero() || zone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FreezeWindow.Recurring(parsed.schedule().get(), duration, zone.get(), reason));
    }

    /** {@code timezone:}, an IANA zone such as Europe/Berlin or UTC; required where a time means a wall clock. */
    static Optional<ZoneId> zone(Fields w, String what, boolean required) {
        Optional<String> id = w.optionalString("timezone");
        if (id.isEmpty()) {
            if (required) {
                w.problems().add(w.location(), what + " has no timezone", "add e.g. 'timezone: Europe/Berlin' or 'timezone: UTC'");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.get()));
        } catch (java.time.DateTimeException e) {
            w.error("timezone", "timezone '" + id.get() + "' of " + what + " is not a time zone",
                    "use an IANA name such as Europe/Berlin, America/New_York or UTC");
            return Optional.empty();
        }
    }

    static Duration duration(Fields f, String key, Duration defaultValue) {
        Optional<String> text = f.optionalString(key);
        if (text.isEmpty()) {
            return defaultValue;
        }
        Optional<Duration> d = Durations.parse(text.get());
        if (d.isEmpty()) {
            f.error(key, "field '" + key + "' must be a duration, not '" + text.get() + "'", DURATION_HINT);
        }
        return d.orElse(defaultValue);
    }
}
