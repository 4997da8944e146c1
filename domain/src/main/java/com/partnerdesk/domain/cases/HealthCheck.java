package com.partnerdesk.domain.cases;

import com.partnerdesk.domain.common.Require;
import com.partnerdesk.domain.health.HealthIssueId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The desk's look at the service-health board for a case: when, and which active issues matched. */
public record HealthCheck(Instant checkedAt, List<HealthIssueId> activeIssueIds) {
    public HealthCheck {
        Require.present("checkedAt", checkedAt);
        activeIssueIds = List.copyOf(Require.present("activeIssueIds", activeIssueIds));
    }

    public boolean foundActiveIssue() {
        return !activeIssueIds.isEmpty();
    }

    /** Checked no longer ago than {@code maxAge} at {@code now} (and not in the future). */
    public boolean isFresh(Instant now, Duration maxAge) {
        return !checkedAt.isAfter(now) && !checkedAt.plus(maxAge).isBefore(now);
    }
}
