package com.partnerdesk.application.port.in;

/** Resolves, closes or re-opens a case. */
public interface ChangeCaseStatusUseCase {
    CaseView resolve(ResolveCaseCommand command);

    CaseView close(CloseCaseCommand command);

    CaseView reopen(ReopenCaseCommand command);
}
