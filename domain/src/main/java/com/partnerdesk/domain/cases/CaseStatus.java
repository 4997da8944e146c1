package com.partnerdesk.domain.cases;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The states of a case and the transitions SPEC §3 lists; every other transition is refused. */
public enum CaseStatus {
    NEW, TRIAGED, WAITING_ON_INCIDENT, IN_PROGRESS, ESCALATED, RESOLVED, CLOSED, RECHECK;

    private static final Map<CaseStatus, Set<CaseStatus>> ALLOWED = Map.of(
            NEW, EnumSet.of(TRIAGED),
            TRIAGED, EnumSet.of(WAITING_ON_INCIDENT, IN_PROGRESS, ESCALATED, RESOLVED),
            WAITING_ON_INCIDENT, EnumSet.of(RECHECK, TRIAGED, RESOLVED),
            IN_PROGRESS, EnumSet.of(TRIAGED, RESOLVED),
            ESCALATED, EnumSet.of(RESOLVED),
            RECHECK, EnumSet.of(TRIAGED, RESOLVED),
            RESOLVED, EnumSet.of(CLOSED, TRIAGED),
            CLOSED, EnumSet.noneOf(CaseStatus.class));

    public boolean canMoveTo(CaseStatus target) {
        return ALLOWED.get(this).contains(target);
    }

    public Set<CaseStatus> next() {
        return Set.copyOf(ALLOWED.get(this));
    }

    /** Open cases are the desk's work in hand: everything not resolved or closed. */
    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }

    /** The states from which triage may run (again). */
    public boolean acceptsTriage() {
        return this == NEW || this == TRIAGED || this == WAITING_ON_INCIDENT || this == IN_PROGRESS || this == RECHECK;
    }
}
