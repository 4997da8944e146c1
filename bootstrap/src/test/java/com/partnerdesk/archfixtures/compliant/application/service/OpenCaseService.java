package com.partnerdesk.archfixtures.compliant.application.service;

import com.partnerdesk.archfixtures.compliant.application.port.in.CaseView;
import com.partnerdesk.archfixtures.compliant.application.port.in.OpenCaseCommand;
import com.partnerdesk.archfixtures.compliant.application.port.in.OpenCaseUseCase;
import com.partnerdesk.archfixtures.compliant.application.port.out.CaseRepository;
import com.partnerdesk.archfixtures.compliant.domain.cases.Case;
import com.partnerdesk.archfixtures.compliant.domain.cases.CaseId;
import com.partnerdesk.archfixtures.compliant.domain.customer.CustomerId;
import java.time.Clock;

/** Well-formed fixture for ArchitectureRulesAcceptCompliantCodeTest; never production code. */
public final class OpenCaseService implements OpenCaseUseCase {

    private final CaseRepository cases;
    private final Clock clock;

    public OpenCaseService(CaseRepository cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public CaseView open(OpenCaseCommand command) {
        Case opened = Case.open(new CaseId(command.caseId()), new CustomerId(command.customerId()), clock);
        cases.save(opened);
        return new CaseView(opened.id().value(), opened.customer().value(), opened.openedAt());
    }
}
