package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.ids.CaseId;

/** An agent who may not escalate asks those who may to escalate the case, saying why. */
public record AskForEscalationCommand(Caller caller, CaseId caseId, String note) {
    public static final int MAX_NOTE = 4_000;

    public AskForEscalationCommand {
        note = note == null ? "" : note.strip();
        if (note.isEmpty()) {
            throw new InvalidValueException("note", "say why the case needs the vendor: the admin agents read it");
        }
        if (note.length() > MAX_NOTE) {
            throw new InvalidValueException("note", "is longer than " + MAX_NOTE + " characters");
        }
    }
}
