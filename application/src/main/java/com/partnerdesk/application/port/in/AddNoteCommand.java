package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.cases.NoteKind;
import com.partnerdesk.domain.common.Require;
import com.partnerdesk.domain.ids.CaseId;

public record AddNoteCommand(Caller caller, CaseId caseId, NoteKind kind, String text) {
    public AddNoteCommand {
        Require.present("caller", caller);
        Require.present("caseId", caseId);
        kind = kind == null ? NoteKind.NOTE : kind;
        text = Require.text("text", text, com.partnerdesk.domain.cases.CaseNote.MAX_LENGTH);
        if (kind == NoteKind.VENDOR) {
            throw new com.partnerdesk.domain.common.InvalidValueException("kind", "vendor notes come from the vendor, not from an agent");
        }
    }
}
