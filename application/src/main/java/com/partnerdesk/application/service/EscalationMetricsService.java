package com.partnerdesk.application.service;

import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.EscalationMetricsUseCase;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.application.port.out.CaseSummary;
import com.partnerdesk.application.port.out.ServiceRequestRepository;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.EscalationCategory;
import com.partnerdesk.domain.cases.TriageResult;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

public final class EscalationMetricsService implements EscalationMetricsUseCase {
    /** Without --since the report covers the last 30 days. */
    public static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

    private final Guard guard;
    private final CaseRepository cases;
    private final ServiceRequestRepository requests;

    public EscalationMetricsService(Guard guard, CaseRepository cases, ServiceRequestRepository requests) {
        this.guard = guard;
        this.cases = cases;
        this.requests = requests;
    }

    @Override
    public EscalationMetrics report(Caller caller, Optional<Instant> since) {
        return guard.read(() -> {
            guard.require(caller, Action.VIEW, "report.escalations");
            Instant now = guard.now();
            Instant from = since.orElse(now.minus(DEFAULT_PERIOD));
            CallerScope scope = guard.scope(caller);
            List<CaseSummary> opened = scope.filter(cases.openedSince(from), CaseSummary::tenantId);
            Map<String, int[]> perCategory = new TreeMap<>();
            int escalated = 0;
            int deflected = 0;
            int partnerResolvable = 0;
            for (CaseSummary c : opened) {
                boolean wasEscalated = c.serviceRequestId().isPresent();
                if (wasEscalated) {
                    escalated++;
                }
                if (c.outcome().orElse(null) == TriageResult.KNOWN_INCIDENT || c.status() == CaseStatus.WAITING_ON_INCIDENT
                        || c.status() == CaseStatus.RECHECK) {
                    deflected++;
                }
                if (c.outcome().orElse(null) == TriageResult.PARTNER_RESOLVABLE) {
                    partnerResolvable++;
                }
                Optional<EscalationCategory> category = c.category();
                if (category.isPresent()) {
                    int[] figures = perCategory.computeIfAbsent(category.get().name(), k -> new int[2]);
                    figures[0]++;
                    if (wasEscalated) {
                        figures[1]++;
                    }
                }
            }
            Map<String, CategoryFigures> byCategory = new TreeMap<>();
            perCategory.forEach((k, v) -> byCategory.put(k, new CategoryFigures(v[0], v[1], rate(v[1], v[0]))));

            List<Duration> responses = new ArrayList<>();
            int total = 0;
            int breaches = 0;
            int openPastTarget = 0;
            for (ServiceRequest r : scope.filter(requests.list(Optional.empty(), 0, Integer.MAX_VALUE),
                    ServiceRequest::customer)) {
                if (r.createdAt().isBefore(from)) {
                    continue;
                }
                total++;
                if (r.isResponseTargetBreached(now)) {
                    breaches++;
                    if (r.status() != ServiceRequestStatus.CLOSED && r.firstResponseAt().isEmpty()) {
                        openPastTarget++;
                    }
                }
                if (r.firstResponseAt().isPresent() && r.submittedAt().isPresent()) {
                    responses.add(Duration.between(r.submittedAt().get(), r.firstResponseAt().get()));
                }
            }
            responses.sort(null);
            Optional<Duration> median = responses.isEmpty() ? Optional.empty()
                    : Optional.of(responses.get(responses.size() / 2));
            return new EscalationMetrics(from, opened.size(), escalated, rate(escalated, opened.size()), byCategory,
                    deflected, partnerResolvable, total, responses.size(), median, breaches, openPastTarget);
        });
    }

    private static double rate(int part, int whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }
}
