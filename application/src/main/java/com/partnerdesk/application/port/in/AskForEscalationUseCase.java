package com.partnerdesk.application.port.in;

/**
 * For an agent whose role may not file service requests (a sales agent): the case is flagged "attention needed" for the
 * admin agents, with the agent's note saying why it needs the vendor.
 */
public interface AskForEscalationUseCase {
    CaseView ask(AskForEscalationCommand command);
}
