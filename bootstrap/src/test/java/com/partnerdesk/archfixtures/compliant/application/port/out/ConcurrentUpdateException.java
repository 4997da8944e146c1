package com.partnerdesk.archfixtures.compliant.application.port.out;

/** Well-formed fixture for ArchitectureRulesAcceptCompliantCodeTest; never production code. */
public final class ConcurrentUpdateException extends RuntimeException {

    public ConcurrentUpdateException(String caseId) {
        super("case " + caseId + " was changed by someone else");
    }
}
