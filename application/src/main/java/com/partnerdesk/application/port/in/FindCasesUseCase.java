package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.ids.CaseId;

/** Reads cases: one with its timeline, or the queue with filters and search. */
public interface FindCasesUseCase {
    CaseView get(Caller caller, CaseId id);

    CaseList search(Caller caller, CaseSearch search);
}
