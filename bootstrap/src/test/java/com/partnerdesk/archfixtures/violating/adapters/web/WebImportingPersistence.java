package com.partnerdesk.archfixtures.violating.adapters.web;

import com.partnerdesk.archfixtures.violating.adapters.persistence.JdbiCaseStore;

/** Deliberately broken fixture for ArchitectureRulesCatchViolationsTest; never production code. Broken: the web adapter imports the persistence adapter instead of going through a port. */
public final class WebImportingPersistence {

    private final JdbiCaseStore store;

    public WebImportingPersistence(JdbiCaseStore store) {
        this.store = store;
    }

    public void open(String caseId) {
        store.save(caseId);
    }
}
