package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.escalation.ReadinessReport;

/** Files the vendor service request for a case (or its whole cluster) once the readiness checklist passes. */
public interface EscalateCaseUseCase {
    ServiceRequestView escalate(EscalateCaseCommand command);

    /** The checklist as it stands for this draft, without filing anything. */
    ReadinessReport readiness(ReadinessQuery query);
}
