package dev.deployer.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FreezeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final FreezeWindow WEEKEND = new FreezeWindow.Recurring(
            CronSchedule.parse("0 16 * * FRI").schedule().orElseThrow(), Duration.ofHours(64), BERLIN, "weekend freeze");
    private static final FreezeWindow YEAR_END = new FreezeWindow.Fixed(Instant.parse("2026-12-22T00:00:00Z"),
            Instant.parse("2027-01-04T00:00:00Z"), ZoneId.of("UTC"), "year-end");

    private static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    private static Optional<Freeze> at(Instant t) {
        return Freeze.at(List.of(WEEKEND, YEAR_END), t);
    }

    @Test
    void theWeekendFreezeStartsFridayAtFourAndEndsMondayAtEight() {
        assertFalse(at(berlin("2026-03-06T15:59:59")).isPresent(), "a second before");
        Freeze friday = at(berlin("2026-03-06T16:00:00")).orElseThrow();
        assertEquals(berlin("2026-03-09T08:00:00"), friday.until());
        assertEquals("frozen until Mon 08:00 Europe/Berlin (weekend freeze)", friday.describe(berlin("2026-03-06T16:00:00")));
        assertTrue(at(berlin("2026-03-08T23:00:00")).isPresent(), "Sunday night");
        assertFalse(at(berlin("2026-03-09T08:00:00")).isPresent(), "the end is open again");
    }

    @Test
    void durationsAreElapsedTimeAcrossADaylightSavingChange() {
        // Clocks go forward on 29 March 2026 in Berlin: 64 hours after Friday 16:00 is Monday 09:00.
        assertEquals(berlin("2026-03-30T09:00:00"), at(berlin("2026-03-28T12:00:00")).orElseThrow().until());
    }

    @Test
    void aFixedWindowIsShownWithItsDateAndWindowsThatTouchAreOneFreeze() {
        Instant christmas = Instant.parse("2026-12-23T10:00:00Z");
        assertEquals("frozen until 2027-01-04 00:00 UTC (year-end)",
                Freeze.at(List.of(YEAR_END), christmas).orElseThrow().describe(christmas));
        // The year-end freeze ends on Monday 01:00 in Berlin, inside the weekend freeze: both are one.
        assertEquals("frozen until Mon 08:00 Europe/Berlin (year-end)", at(christmas).orElseThrow()
                .describe(Instant.parse("2027-01-01T10:00:00Z")));
        // 2027-01-01 is a Friday: the weekend freeze starts inside the year-end one and outlasts it.
        FreezeWindow newYear = new FreezeWindow.Fixed(Instant.parse("2026-12-31T00:00:00Z"),
                Instant.parse("2027-01-01T15:30:00Z"), ZoneId.of("UTC"), "new year");
        Freeze chained = Freeze.at(List.of(newYear, WEEKEND), Instant.parse("2026-12-31T12:00:00Z")).orElseThrow();
        assertEquals(berlin("2027-01-04T08:00:00"), chained.until());
        assertEquals("new year", chained.reason(), "named after the window in force now");
    }

    @Test
    void cronExpressionsAreCheckedStrictly() {
        assertTrue(CronSchedule.parse("0 16 * * MON-FRI").schedule().isPresent());
        assertTrue(CronSchedule.parse("0 0 16 * * FRI").problem().contains("6 parts"));
        assertTrue(CronSchedule.parse("61 16 * * FRI").problem().contains("61"));
        assertFalse(CronSchedule.parse("@weekly").schedule().isPresent());
    }

    @Test
    void durationsReadAndPrintLikeProfilesWriteThem() {
        assertEquals(Optional.of(Duration.ofHours(24)), Durations.parse("24h"));
        assertEquals(Optional.of(Duration.ofMinutes(90)), Durations.parse("1h30m"));
        assertEquals(Optional.of(Duration.ofDays(2)), Durations.parse("2d"));
        assertEquals(Optional.of(Duration.ZERO), Durations.parse("0"));
        assertEquals(Optional.empty(), Durations.parse("1 day"));
        assertEquals(Optional.empty(), Durations.parse("h"));
        assertEquals("3h12m", Durations.format(Duration.ofMinutes(191).plusSeconds(30)));
        assertEquals("45m", Durations.format(Duration.ofMinutes(45)));
        assertEquals("24h", Durations.format(Duration.ofHours(24)));
    }
}
