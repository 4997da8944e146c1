package com.partnerdesk.archfixtures.violating.application.service;

import org.jdbi.v3.core.Jdbi;

/** Deliberately broken fixture for ArchitectureRulesCatchViolationsTest; never production code. Broken: a use case that talks to Jdbi instead of an outgoing port. */
public final class ServiceUsingJdbi {

    private final Jdbi jdbi;

    public ServiceUsingJdbi(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void close(String caseId) {
        jdbi.useHandle(handle -> handle.execute("update cases set status = 'CLOSED' where id = ?", caseId));
    }
}
