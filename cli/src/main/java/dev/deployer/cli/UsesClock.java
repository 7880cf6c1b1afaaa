package dev.deployer.cli;

import java.time.Clock;

/** Commands and mixins that read the time get the clock injected, so tests can control it (promotion gates). */
interface UsesClock {
    void clock(Clock clock);
}
