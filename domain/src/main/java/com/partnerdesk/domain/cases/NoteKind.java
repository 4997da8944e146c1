package com.partnerdesk.domain.cases;

/**
 * A plain note, a recorded troubleshooting step, a note that came back from the vendor, or what the partner told the
 * customer (a customer update).
 */
public enum NoteKind {
    NOTE, TROUBLESHOOTING, VENDOR, CUSTOMER_UPDATE
}
