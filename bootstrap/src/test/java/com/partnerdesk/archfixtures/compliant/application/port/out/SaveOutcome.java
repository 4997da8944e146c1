package com.partnerdesk.archfixtures.compliant.application.port.out;

/** Well-formed fixture for ArchitectureRulesAcceptCompliantCodeTest; never production code. */
public enum SaveOutcome {
    INSERTED,
    UPDATED
}
