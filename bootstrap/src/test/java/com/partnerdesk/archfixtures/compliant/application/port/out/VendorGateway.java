package com.partnerdesk.archfixtures.compliant.application.port.out;

import com.partnerdesk.archfixtures.compliant.domain.cases.CaseId;

/** Well-formed fixture for ArchitectureRulesAcceptCompliantCodeTest; never production code. */
public interface VendorGateway {

    /** Files the case with the vendor; returns the vendor's request number. */
    String submit(CaseId caseId, String title, String correlationId);
}
