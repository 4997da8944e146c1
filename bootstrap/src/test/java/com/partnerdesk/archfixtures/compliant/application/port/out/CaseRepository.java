package com.partnerdesk.archfixtures.compliant.application.port.out;

import com.partnerdesk.archfixtures.compliant.domain.cases.Case;
import com.partnerdesk.archfixtures.compliant.domain.cases.CaseId;
import java.util.Optional;

/** Well-formed fixture for ArchitectureRulesAcceptCompliantCodeTest; never production code. */
public interface CaseRepository {

    SaveOutcome save(Case aCase);

    Optional<Case> find(CaseId id);
}
