package com.partnerdesk.archfixtures.violating.application.service;

import com.partnerdesk.archfixtures.violating.application.port.out.CaseStore;
import com.google.inject.Inject;

/** Deliberately broken fixture for ArchitectureRulesCatchViolationsTest; never production code. Broken: a use case annotated for Guice; services are built by @Provides methods in bootstrap. */
public final class ServiceWithGuiceInject {

    private final CaseStore store;

    @Inject
    public ServiceWithGuiceInject(CaseStore store) {
        this.store = store;
    }

    public void open(String caseId) {
        store.save(caseId);
    }
}
