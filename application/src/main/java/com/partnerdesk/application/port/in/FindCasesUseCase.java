package com.partnerdesk.application.port.in;

import com.partnerdesk.application.port.out.CasePage;
import com.partnerdesk.application.port.out.CaseQuery;
import com.partnerdesk.domain.ids.CaseId;

/** Reads cases: one with its timeline, or the queue with filters and full-text search. */
public interface FindCasesUseCase {
    CaseView get(Caller caller, CaseId id);

    CasePage search(Caller caller, CaseQuery query);
}
