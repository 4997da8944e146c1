package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.cases.CaseNote;
import com.partnerdesk.domain.cases.NoteKind;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.common.Require;
import com.partnerdesk.domain.ids.CaseId;

/**
 * A note on a case. A customer update ({@code CUSTOMER_UPDATE}) may ask the customer something and wait for the
 * answer ({@code waitForCustomer}): the case's customer clock pauses until a {@code CUSTOMER_ANSWER} note is added.
 */
public record AddNoteCommand(Caller caller, CaseId caseId, NoteKind kind, String text, boolean waitForCustomer) {
    public static final String WAIT_FOR_CUSTOMER = "waitForCustomer";

    public AddNoteCommand {
        Require.present("caller", caller);
        Require.present("caseId", caseId);
        kind = kind == null ? NoteKind.NOTE : kind;
        text = Require.text("text", text, CaseNote.MAX_LENGTH);
        if (kind == NoteKind.VENDOR) {
            throw new InvalidValueException("kind", "vendor notes come from the vendor, not from an agent");
        }
        if (waitForCustomer && kind != NoteKind.CUSTOMER_UPDATE) {
            throw new InvalidValueException(WAIT_FOR_CUSTOMER, "only a CUSTOMER_UPDATE can wait for the customer's answer");
        }
    }

    public AddNoteCommand(Caller caller, CaseId caseId, NoteKind kind, String text) {
        this(caller, caseId, kind, text, false);
    }
}
