package com.partnerdesk.archfixtures.violating.application.port.out;

/** Fixture: a well-formed outgoing port, used by the broken fixtures around it. */
public interface CaseStore {

    void save(String caseId);
}
