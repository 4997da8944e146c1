package com.partnerdesk.archfixtures.violating.adapters.persistence;

import com.partnerdesk.archfixtures.violating.application.port.out.CaseStore;
import org.jdbi.v3.core.Jdbi;

/** Fixture: a well-formed persistence adapter, imported by a broken web adapter. */
public final class JdbiCaseStore implements CaseStore {

    private final Jdbi jdbi;

    public JdbiCaseStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void save(String caseId) {
        jdbi.useHandle(handle -> handle.execute("insert into cases (id) values (?)", caseId));
    }
}
