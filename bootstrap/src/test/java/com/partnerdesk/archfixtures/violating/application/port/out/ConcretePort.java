package com.partnerdesk.archfixtures.violating.application.port.out;

/** Deliberately broken fixture for ArchitectureRulesCatchViolationsTest; never production code. Broken: an outgoing port that is an implementation instead of an interface. */
public class ConcretePort {

    public String lookUp(String caseId) {
        return caseId;
    }
}
