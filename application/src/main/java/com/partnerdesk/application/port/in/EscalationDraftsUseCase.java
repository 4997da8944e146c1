package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.escalation.EscalationDraft;
import com.partnerdesk.domain.ids.CaseId;
import java.util.Optional;

/**
 * The escalation an agent is writing for a case, kept for that agent until it is filed (filing discards it) or the agent
 * discards it: adding the note the checklist asked for, or leaving the page, loses nothing.
 */
public interface EscalationDraftsUseCase {
    /** The caller's own draft for the case, if they kept one. */
    Optional<EscalationDraft> find(Caller caller, CaseId caseId);

    /** Keeps what is on the caller's screen as their draft for the case. */
    void keep(Caller caller, CaseId caseId, EscalationDraft draft);

    void discard(Caller caller, CaseId caseId);
}
