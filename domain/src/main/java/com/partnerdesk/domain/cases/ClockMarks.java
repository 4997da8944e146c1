package com.partnerdesk.domain.cases;

import com.partnerdesk.domain.common.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * What the queue keeps of a case's customer clock to sort and filter by, unchanged as time passes: the earliest due
 * instant and warning instant of a target not met yet, the pause, and how many targets were missed for good.
 */
public record ClockMarks(Optional<Instant> nextDue, Optional<Instant> nextWarningAt, Optional<PauseReason> pauseReason,
                         int missed) {
    public static final ClockMarks NONE = new ClockMarks(Optional.empty(), Optional.empty(), Optional.empty(), 0);

    public ClockMarks {
        Require.present("nextDue", nextDue);
        Require.present("nextWarningAt", nextWarningAt);
        Require.present("pauseReason", pauseReason);
    }

    public static ClockMarks of(CustomerClock clock) {
        return new ClockMarks(clock.nextDue(), clock.nextWarningAt(), clock.pauseReason(), clock.missed());
    }

    /** The clock's state at {@code now}, as {@link CustomerClock#state()} reads it from the whole clock. */
    public CustomerClock.State state(Instant now) {
        if (missed > 0 || nextDue.map(now::isAfter).orElse(false)) {
            return CustomerClock.State.BREACHED;
        }
        if (nextWarningAt.map(w -> !now.isBefore(w)).orElse(false)) {
            return CustomerClock.State.WARNING;
        }
        if (pauseReason.isPresent()) {
            return CustomerClock.State.PAUSED;
        }
        return nextDue.isPresent() ? CustomerClock.State.RUNNING : CustomerClock.State.MET;
    }

    /** At risk: a target not met yet is at its warning or breached. */
    public boolean atRisk(Instant now) {
        return nextWarningAt.map(w -> !now.isBefore(w)).orElse(false);
    }
}
