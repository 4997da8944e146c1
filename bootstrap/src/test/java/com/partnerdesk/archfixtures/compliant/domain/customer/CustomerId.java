package com.partnerdesk.archfixtures.compliant.domain.customer;

/** Well-formed fixture for ArchitectureRulesAcceptCompliantCodeTest; never production code. */
public record CustomerId(String value) {

    public CustomerId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a customer id must not be blank");
        }
    }
}
