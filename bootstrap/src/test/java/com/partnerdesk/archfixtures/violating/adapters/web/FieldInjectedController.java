package com.partnerdesk.archfixtures.violating.adapters.web;

import com.partnerdesk.archfixtures.violating.application.port.out.CaseStore;
import com.google.inject.Inject;

/** Deliberately broken fixture for ArchitectureRulesCatchViolationsTest; never production code. Broken: a dependency injected into a field by Guice. */
public final class FieldInjectedController {

    @Inject
    private CaseStore store;

    public void open(String caseId) {
        store.save(caseId);
    }
}
