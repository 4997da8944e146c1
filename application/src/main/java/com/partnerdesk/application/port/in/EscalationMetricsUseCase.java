package com.partnerdesk.application.port.in;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the desk escalates: rate per category, deflection by known incidents, vendor turnaround and breaches; and the
 * cases opened in the period whose customer clock missed a target ({@code customerClockBreaches}).
 */
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
            int openServiceRequestsPastTarget,
            Period period,
            List<PeriodFigures> overTime,
            List<TurnaroundBand> vendorTurnaround,
            int customerClockBreaches) {

        public EscalationMetrics {
            byCategory = Map.copyOf(byCategory);
            overTime = List.copyOf(overTime);
            vendorTurnaround = List.copyOf(vendorTurnaround);
        }
    }

    record CategoryFigures(int triaged, int escalated, double escalationRate) {
    }

    /** How long each step of {@link EscalationMetrics#overTime()} is: a day, a week (from Monday) or a month, in UTC. */
    enum Period { DAY, WEEK, MONTH }

    /**
     * One step of the report's time line, from {@code start} (included) to the next step's start: the cases opened in
     * it, how many of those were escalated and how many deflected by a known incident, and the service requests whose
     * vendor response target fell due in it and was missed.
     */
    record PeriodFigures(Instant start, int opened, int escalated, int deflected, int responseTargetBreaches) {
    }

    /**
     * How many service requests the vendor first answered within this band of time after submission: from
     * {@code from} (included) to {@code to} (excluded; empty for the last, open-ended band).
     */
    record TurnaroundBand(Duration from, Optional<Duration> to, int requests) {
    }
}
