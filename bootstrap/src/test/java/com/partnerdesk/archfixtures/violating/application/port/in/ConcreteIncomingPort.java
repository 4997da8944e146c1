package com.partnerdesk.archfixtures.violating.application.port.in;

/** Deliberately broken fixture for ArchitectureRulesCatchViolationsTest; never production code. Broken: an incoming port that is a concrete class instead of an interface. */
public class ConcreteIncomingPort {

    public String find(String caseId) {
        return caseId;
    }
}
