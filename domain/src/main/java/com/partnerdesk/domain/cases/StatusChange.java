package com.partnerdesk.domain.cases;

import com.partnerdesk.domain.common.Require;
import java.time.Instant;

/** One step of a case's life, for its timeline. */
public record StatusChange(CaseStatus from, CaseStatus to, String by, Instant at, String why) {
    public StatusChange {
        Require.present("from", from);
        Require.present("to", to);
        by = Require.text("by", by);
        Require.present("at", at);
        why = why == null ? "" : why;
    }
}
