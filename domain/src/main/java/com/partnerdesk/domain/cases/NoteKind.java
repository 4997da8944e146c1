package com.partnerdesk.domain.cases;

/** A plain note, a recorded troubleshooting step, or a note that came back from the vendor. */
public enum NoteKind {
    NOTE, TROUBLESHOOTING, VENDOR
}
