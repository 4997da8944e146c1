package com.partnerdesk.application.service;

import com.partnerdesk.application.port.in.AddNoteCommand;
import com.partnerdesk.application.port.in.AddNoteUseCase;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.CaseNote;
import com.partnerdesk.domain.cases.NoteKind;
import java.util.Optional;

public final class AddNoteService implements AddNoteUseCase {
    private final Guard guard;
    private final CaseSupport support;
    private final CaseRepository cases;

    public AddNoteService(Guard guard, CaseSupport support, CaseRepository cases) {
        this.guard = guard;
        this.support = support;
        this.cases = cases;
    }

    @Override
    public CaseView addNote(AddNoteCommand command) {
        return guard.write(() -> {
            Case subject = support.loadCase(command.caseId());
            Action action = command.kind() == NoteKind.TROUBLESHOOTING || command.waitForCustomer()
                    ? Action.WORK_CASE : Action.ADD_NOTE;
            guard.require(command.caller(), action, Optional.empty(), Optional.of(subject.customer()),
                    Optional.of(subject.id()), "case.note");
            CaseNote note = subject.addNote(new CaseNote(command.kind(), command.caller().actor().name(), command.text(),
                    guard.now()));
            cases.appendNote(subject.id(), note);
            if (command.waitForCustomer()) {
                subject.waitOnCustomer(note.at());
            }
            if (subject.hasUnsavedChanges()) {
                // the note started or ended a wait on the customer: the customer clock's pause is the case's state
                cases.update(subject);
            }
            guard.record(command.caller(), "case.note", Optional.of(subject.customer()), Optional.of(subject.id()),
                    command.kind() + " note, " + command.text().length() + " characters"
                            + (command.waitForCustomer() ? ", waiting for the customer's answer" : ""));
            return support.view(subject);
        });
    }
}
