package com.partnerdesk.domain.cases;

import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.common.Require;
import java.time.Instant;
import java.util.Optional;

/** One stretch of time the resolution clock did not count; {@code until} is empty while it lasts. */
public record ClockPause(PauseReason reason, Instant from, Optional<Instant> until) {
    public ClockPause {
        Require.present("pauseReason", reason);
        Require.present("from", from);
        Require.present("until", until);
        if (until.isPresent() && until.get().isBefore(from)) {
            throw new InvalidValueException("until", "a pause cannot end (" + until.get() + ") before it began (" + from + ")");
        }
    }

    public boolean isOpen() {
        return until.isEmpty();
    }

    ClockPause endedAt(Instant at) {
        return new ClockPause(reason, from, Optional.of(at.isBefore(from) ? from : at));
    }
}
