package com.partnerdesk.archfixtures.violating.adapters.vendor;

import com.partnerdesk.archfixtures.violating.adapters.persistence.JdbiCaseStore;

/** Deliberately broken fixture for ArchitectureRulesCatchViolationsTest; never production code. Broken: the vendor adapter writes the delivery result through the persistence adapter instead of a port. */
public final class VendorImportingPersistence {

    private final JdbiCaseStore store;

    public VendorImportingPersistence(JdbiCaseStore store) {
        this.store = store;
    }

    public void delivered(String caseId) {
        store.save(caseId);
    }
}
