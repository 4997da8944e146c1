package com.partnerdesk.application.service;

import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.ChangeCaseStatusUseCase;
import com.partnerdesk.application.port.in.CloseCaseCommand;
import com.partnerdesk.application.port.in.ReopenCaseCommand;
import com.partnerdesk.application.port.in.ResolveCaseCommand;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.ids.CaseId;
import java.util.Optional;
import java.util.function.BiConsumer;

public final class ChangeCaseStatusService implements ChangeCaseStatusUseCase {
    private final Guard guard;
    private final CaseSupport support;
    private final CaseRepository cases;

    public ChangeCaseStatusService(Guard guard, CaseSupport support, CaseRepository cases) {
        this.guard = guard;
        this.support = support;
        this.cases = cases;
    }

    @Override
    public CaseView resolve(ResolveCaseCommand command) {
        return change(command.caller(), command.caseId(), command.expectedVersion(), "case.resolve",
                (c, by) -> c.resolve(command.resolution(), by, guard.now()));
    }

    @Override
    public CaseView close(CloseCaseCommand command) {
        return change(command.caller(), command.caseId(), command.expectedVersion(), "case.close",
                (c, by) -> c.close(by, guard.now()));
    }

    @Override
    public CaseView reopen(ReopenCaseCommand command) {
        return change(command.caller(), command.caseId(), command.expectedVersion(), "case.reopen",
                (c, by) -> c.reopen(command.reason(), by, guard.now()));
    }

    private CaseView change(Caller caller, CaseId id, long expectedVersion, String auditAction,
                            BiConsumer<Case, String> change) {
        return guard.write(() -> {
            Case subject = support.loadCase(id);
            guard.require(caller, Action.WORK_CASE, Optional.empty(), Optional.of(subject.customer()),
                    Optional.of(subject.id()), auditAction);
            CaseSupport.requireVersion(subject, expectedVersion);
            var before = subject.status();
            change.accept(subject, caller.actor().name());
            cases.update(subject);
            guard.record(caller, auditAction, Optional.of(subject.customer()), Optional.of(subject.id()),
                    before + " -> " + subject.status());
            return support.view(subject);
        });
    }
}
