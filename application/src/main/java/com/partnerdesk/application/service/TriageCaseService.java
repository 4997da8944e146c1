package com.partnerdesk.application.service;

import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.TriageCaseCommand;
import com.partnerdesk.application.port.in.TriageCaseUseCase;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.triage.TriageDecision;
import java.time.Instant;
import java.util.Optional;

public final class TriageCaseService implements TriageCaseUseCase {
    private final Guard guard;
    private final CaseSupport support;
    private final CaseRepository cases;
    private final CaseTriage triage;

    public TriageCaseService(Guard guard, CaseSupport support, CaseRepository cases, CaseTriage triage) {
        this.guard = guard;
        this.support = support;
        this.cases = cases;
        this.triage = triage;
    }

    @Override
    public CaseView triage(TriageCaseCommand command) {
        return guard.write(() -> {
            Case subject = support.loadCase(command.caseId());
            guard.require(command.caller(), Action.WORK_CASE, Optional.empty(), Optional.of(subject.customer()),
                    Optional.of(subject.id()), "case.triage");
            CaseSupport.requireVersion(subject, command.expectedVersion());
            Customer customer = support.loadCustomer(subject.customer());
            Instant now = guard.now();
            String by = command.caller().actor().name();
            command.classification().ifPresent(c -> subject.reclassify(c, now));
            TriageDecision decision = triage.triage(subject, customer, command.overrideReason(), by, now);
            cases.update(subject);
            guard.record(command.caller(), command.overrideReason().isPresent() ? "case.triage.override" : "case.triage",
                    Optional.of(subject.customer()), Optional.of(subject.id()),
                    "triage " + decision.outcome().result() + decision.outcome().category().map(c -> " " + c).orElse("")
                            + command.overrideReason().map(r -> "; override: " + r).orElse(""));
            return support.view(subject, customer);
        });
    }
}
