package com.partnerdesk.application.port.in;

/** Opens a case for a customer; checks service health and triages it at once, in one transaction. */
public interface OpenCaseUseCase {
    CaseView open(OpenCaseCommand command);
}
