package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.ids.CaseId;
import java.util.List;

/**
 * Who owns a case: take, release, assign (SPEC §2 and issue 12). Every change goes through {@link #changeOwner}, one
 * write transaction that also audits it: what is to follow an assignment (a notification) joins that transaction.
 */
public interface ChangeOwnerUseCase {
    CaseView changeOwner(ChangeOwnerCommand command);

    /**
     * The agents this case may be given to: enabled, allowed to work cases, and screened when its customer is
     * restricted; by name.
     */
    List<AgentRef> assignees(Caller caller, CaseId caseId);
}
