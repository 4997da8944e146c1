package com.partnerdesk.archfixtures.violating.application.service;

/** Deliberately broken fixture for ArchitectureRulesCatchViolationsTest; never production code. Broken: a UseCase interface outside application.port.in. */
public interface CloseCaseUseCase {

    void close(String caseId);
}
