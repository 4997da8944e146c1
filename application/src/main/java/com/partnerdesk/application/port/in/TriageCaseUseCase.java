package com.partnerdesk.application.port.in;

/** Checks service health again and re-runs triage, with an optional override reason or new classification. */
public interface TriageCaseUseCase {
    CaseView triage(TriageCaseCommand command);
}
