package com.partnerdesk.domain.cases;

import com.partnerdesk.domain.common.Require;
import java.time.Instant;

/** An entry on a case; notes are only ever appended. */
public record CaseNote(NoteKind kind, String author, String text, Instant at) {
    public static final int MAX_LENGTH = 20_000;

    public CaseNote {
        Require.present("kind", kind);
        author = Require.text("author", author, 254);
        text = Require.text("text", text, MAX_LENGTH);
        Require.present("at", at);
    }
}
