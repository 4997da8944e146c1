package com.partnerdesk.domain.cases;

import com.partnerdesk.domain.common.Require;

/** What the customer's clock counts against: the targets per impact and the partner's business hours. */
public record CustomerClockSettings(ClockTargets targets, BusinessCalendar calendar) {
    public static final CustomerClockSettings DEFAULT =
            new CustomerClockSettings(ClockTargets.DEFAULT, BusinessCalendar.DEFAULT);

    public CustomerClockSettings {
        Require.present("targets", targets);
        Require.present("calendar", calendar);
    }

    /** The time an impact's clock counts: every hour for {@code CRITICAL}, business hours otherwise. */
    public WorkingTime workingTime(Impact impact) {
        return impact == Impact.CRITICAL ? WorkingTime.AROUND_THE_CLOCK : calendar;
    }
}
