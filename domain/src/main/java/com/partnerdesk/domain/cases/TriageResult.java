package com.partnerdesk.domain.cases;

/** The three outcomes of triage, and the state each puts a freshly triaged case in. */
public enum TriageResult {
    KNOWN_INCIDENT(CaseStatus.WAITING_ON_INCIDENT),
    PARTNER_RESOLVABLE(CaseStatus.IN_PROGRESS),
    ESCALATE(CaseStatus.TRIAGED);

    private final CaseStatus caseStatus;

    TriageResult(CaseStatus caseStatus) {
        this.caseStatus = caseStatus;
    }

    public CaseStatus caseStatus() {
        return caseStatus;
    }
}
