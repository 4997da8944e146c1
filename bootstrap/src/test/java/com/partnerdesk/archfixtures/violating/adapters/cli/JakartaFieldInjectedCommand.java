package com.partnerdesk.archfixtures.violating.adapters.cli;

import com.partnerdesk.archfixtures.violating.application.port.out.CaseStore;
import jakarta.inject.Inject;

/** Deliberately broken fixture for ArchitectureRulesCatchViolationsTest; never production code. Broken: a dependency injected into a field through jakarta.inject. */
public final class JakartaFieldInjectedCommand {

    @Inject
    CaseStore store;

    public void run(String caseId) {
        store.save(caseId);
    }
}
