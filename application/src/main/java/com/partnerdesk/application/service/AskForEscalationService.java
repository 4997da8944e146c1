package com.partnerdesk.application.service;

import com.partnerdesk.application.port.in.AskForEscalationCommand;
import com.partnerdesk.application.port.in.AskForEscalationUseCase;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.CaseNote;
import com.partnerdesk.domain.cases.CaseRuleException;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.NoteKind;
import com.partnerdesk.domain.notification.NotificationEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Asking for escalation: one transaction adds the agent's note, flags the case for attention (the admin agents' queue
 * filter) and appends the audit event. Only a case triage left to escalate (status Triaged) can be put forward.
 */
public final class AskForEscalationService implements AskForEscalationUseCase {
    static final String AUDIT_ACTION = "case.escalation-request";

    private final Guard guard;
    private final CaseSupport support;
    private final CaseRepository cases;
    private final Notifier notifier;

    public AskForEscalationService(Guard guard, CaseSupport support, CaseRepository cases, Notifier notifier) {
        this.notifier = notifier;
        this.guard = guard;
        this.support = support;
        this.cases = cases;
    }

    @Override
    public CaseView ask(AskForEscalationCommand command) {
        return guard.write(() -> {
            Case subject = support.loadCase(command.caseId());
            guard.require(command.caller(), Action.ADD_NOTE, Optional.empty(), Optional.of(subject.customer()),
                    Optional.of(subject.id()), AUDIT_ACTION);
            if (subject.status() != CaseStatus.TRIAGED) {
                throw new CaseRuleException("Only a triaged case waiting to be escalated can be put forward for "
                        + "escalation; this one is " + subject.status());
            }
            Instant now = guard.now();
            CaseNote note = subject.addNote(new CaseNote(NoteKind.NOTE, command.caller().actor().name(),
                    "Asks an admin agent to escalate: " + command.note(), now));
            cases.appendNote(subject.id(), note);
            boolean raised = subject.flagAttention(true, now);
            if (subject.hasUnsavedChanges()) {
                cases.update(subject);
            }
            if (raised) {
                notifier.raise(Notifier.Event.about(NotificationEvent.CASE_ATTENTION_NEEDED, List.of(subject),
                        command.caller().actor().name() + " asks for case " + subject.id().shortForm()
                                + " to be escalated", command.note()), now);
            }
            guard.record(command.caller(), AUDIT_ACTION, Optional.of(subject.customer()), Optional.of(subject.id()),
                    "flagged for the admin agents, note of " + command.note().length() + " characters");
            return support.view(subject);
        });
    }
}
