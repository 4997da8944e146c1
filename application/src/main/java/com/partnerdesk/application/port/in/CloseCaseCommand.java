package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.ids.CaseId;

public record CloseCaseCommand(Caller caller, CaseId caseId, long expectedVersion) {
}
