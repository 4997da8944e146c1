package com.partnerdesk.application.port.in;

/** Appends a note or a troubleshooting step to a case. */
public interface AddNoteUseCase {
    CaseView addNote(AddNoteCommand command);
}
