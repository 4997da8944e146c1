package com.partnerdesk.archfixtures.violating.domain.ledger;

import com.partnerdesk.archfixtures.violating.domain.billing.Invoice;

/** Deliberately broken fixture for ArchitectureRulesCatchViolationsTest; never production code. Broken: ledger and billing need each other (a cycle between domain packages). */
public final class LedgerEntry {

    public String describe(Invoice invoice) {
        return "entry for " + invoice.number();
    }
}
