package com.partnerdesk.archfixtures.violating.domain.billing;

import com.partnerdesk.archfixtures.violating.domain.ledger.LedgerEntry;

/** Deliberately broken fixture for ArchitectureRulesCatchViolationsTest; never production code. Broken: billing and ledger need each other (a cycle between domain packages). */
public record Invoice(String number, LedgerEntry entry) {
}
