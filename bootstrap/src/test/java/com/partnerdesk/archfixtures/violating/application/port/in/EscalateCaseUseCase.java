package com.partnerdesk.archfixtures.violating.application.port.in;

/** Deliberately broken fixture for ArchitectureRulesCatchViolationsTest; never production code. Broken: a UseCase that is an abstract class instead of an interface. */
public abstract class EscalateCaseUseCase {

    public abstract String escalate(String caseId);
}
