package com.partnerdesk.archfixtures.compliant.domain.cases;

/** Well-formed fixture for ArchitectureRulesAcceptCompliantCodeTest; never production code. */
public record CaseId(String value) {

    public CaseId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a case id must not be blank");
        }
    }
}
