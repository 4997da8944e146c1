package com.partnerdesk.application.port.in;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** How the desk escalates: rate per category, deflection by known incidents, vendor turnaround and breaches. */
public interface EscalationMetricsUseCase {
    EscalationMetrics report(Caller caller, Optional<Instant> since);

    record EscalationMetrics(
            Instant since,
            int casesOpened,
            int casesEscalated,
            double escalationRate,
            Map<String, CategoryFigures> byCategory,
            int deflectedByKnownIncident,
            int partnerResolvable,
            int serviceRequests,
            int answeredByVendor,
            Optional<Duration> medianVendorResponse,
            int responseTargetBreaches,
            int openServiceRequestsPastTarget) {
    }

    record CategoryFigures(int triaged, int escalated, double escalationRate) {
    }
}
