package com.partnerdesk.archfixtures.violating.bootstrap;

import com.partnerdesk.archfixtures.violating.application.port.out.CaseStore;
import java.util.ArrayList;
import java.util.List;

/** Fixture: an adapter (an outgoing port's implementation) left in the composition root. */
public final class CaseStoreInBootstrap implements CaseStore {
    private final List<String> saved = new ArrayList<>();

    @Override
    public void save(String caseId) {
        saved.add(caseId);
    }
}
