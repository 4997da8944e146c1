package com.partnerdesk.archfixtures.compliant.application.port.in;

/** Well-formed fixture for ArchitectureRulesAcceptCompliantCodeTest; never production code. */
public interface OpenCaseUseCase {

    CaseView open(OpenCaseCommand command);
}
