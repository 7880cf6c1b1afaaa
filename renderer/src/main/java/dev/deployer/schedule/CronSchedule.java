package dev.deployer.schedule;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A five-field Unix cron expression ({@code minute hour day-of-month month day-of-week}, names
 * such as {@code FRI} allowed), parsed strictly by cron-utils, the only user of that library.
 * Seconds fields, nicknames ({@code @daily}) and out-of-range values are refused, so a window
 * means the same to a reader of crontab(5) as to the bot.
 */
public final class CronSchedule {

    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final String text;
    private final ExecutionTime times;

    private CronSchedule(String text, ExecutionTime times) {
        this.text = text;
        this.times = times;
    }

    /** The schedule, or the library's reason why {@code text} is not one. */
    public static Parsed parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            Cron cron = PARSER.parse(text.strip());
            cron.validate();
            return new Parsed(Optional.of(new CronSchedule(text.strip(), ExecutionTime.forCron(cron))), "");
        } catch (IllegalArgumentException e) {
            return new Parsed(Optional.empty(), e.getMessage() == null ? "not a cron expression" : e.getMessage());
        }
    }

    /** The outcome of {@link #parse}: a schedule, or the problem. */
    public record Parsed(Optional<CronSchedule> schedule, String problem) {
    }

    /** The latest start at or before {@code at}, as a wall clock in {@code zone} reads the expression. */
    public Optional<Instant> lastStart(Instant at, ZoneId zone) {
        // cron-utils answers "strictly before", so a window starting exactly now counts as started
        return times.lastExecution(ZonedDateTime.ofInstant(at.plusNanos(1), zone)).map(ZonedDateTime::toInstant);
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CronSchedule c && c.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
