package com.partnerdesk.archfixtures.compliant.application.port.in;

import java.time.Instant;

/** Well-formed fixture for ArchitectureRulesAcceptCompliantCodeTest; never production code. */
public record CaseView(String caseId, String customerId, Instant openedAt) {
}
