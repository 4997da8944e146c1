package com.partnerdesk.domain.cases;

/**
 * A plain note, a recorded troubleshooting step, a note that came back from the vendor, what the partner told the
 * customer (the first of these is the first response of the customer's clock), or what the customer answered (it
 * ends a wait on the customer).
 */
public enum NoteKind {
    NOTE, TROUBLESHOOTING, VENDOR, CUSTOMER_UPDATE, CUSTOMER_ANSWER
}
