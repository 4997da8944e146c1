package com.partnerdesk.application.service;

import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.FindCasesUseCase;
import com.partnerdesk.application.port.out.CasePage;
import com.partnerdesk.application.port.out.CaseQuery;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.ids.CaseId;
import java.util.Optional;

public final class FindCasesService implements FindCasesUseCase {
    private final Guard guard;
    private final CaseSupport support;
    private final CaseRepository cases;

    public FindCasesService(Guard guard, CaseSupport support, CaseRepository cases) {
        this.guard = guard;
        this.support = support;
        this.cases = cases;
    }

    @Override
    public CaseView get(Caller caller, CaseId id) {
        return guard.read(() -> {
            guard.require(caller, Action.VIEW, Optional.empty(), Optional.empty(), Optional.of(id), "case.view");
            Case found = support.loadCase(id);
            return support.view(found);
        });
    }

    @Override
    public CasePage search(Caller caller, CaseQuery query) {
        return guard.read(() -> {
            guard.require(caller, Action.VIEW, "case.list");
            return cases.search(query);
        });
    }
}
