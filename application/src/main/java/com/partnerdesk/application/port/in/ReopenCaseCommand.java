package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.ids.CaseId;

public record ReopenCaseCommand(Caller caller, CaseId caseId, long expectedVersion, String reason) {
}
