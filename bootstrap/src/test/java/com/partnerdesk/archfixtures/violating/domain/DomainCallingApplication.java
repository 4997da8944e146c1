package com.partnerdesk.archfixtures.violating.domain;

import com.partnerdesk.archfixtures.violating.application.port.out.CaseStore;

/** Deliberately broken fixture for ArchitectureRulesCatchViolationsTest; never production code. Broken: the domain reaches outwards into the application's ports. */
public final class DomainCallingApplication {

    public void saveItself(CaseStore store) {
        store.save("case-1");
    }
}
