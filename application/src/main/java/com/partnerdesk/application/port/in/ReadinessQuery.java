package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.escalation.EscalationDraft;
import com.partnerdesk.domain.ids.CaseId;

public record ReadinessQuery(Caller caller, CaseId caseId, EscalationDraft draft) {
}
