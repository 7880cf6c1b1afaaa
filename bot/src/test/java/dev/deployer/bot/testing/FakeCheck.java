package dev.deployer.bot.testing;

import java.time.Instant;

/**
 * A report on a commit inside the fake: a commit status ({@code checkRun} false: {@code state} is
 * success, failure, error or pending) or a check run ({@code state} is its conclusion, or
 * {@code in_progress}; {@code description} its output title).
 */
record FakeCheck(long id, boolean checkRun, String name, String state, String description, String url, Instant at) {
}
