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
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

public final class EscalationMetricsService implements EscalationMetricsUseCase {
    /** Without --since the report covers the last 30 days. */
    public static final Duration DEFAULT_PERIOD = Duration.ofDays(30);
    /** The bands of the vendor's turnaround: under 1 h, 1–2 h, 2–4 h, 4–8 h, 8–24 h, a day or more. */
    static final List<Duration> TURNAROUND_BOUNDS = List.of(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(2),
            Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(24));

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
            Period period = periodFor(from, now);
            TreeMap<Instant, int[]> steps = steps(from, now, period);
            Map<String, int[]> perCategory = new TreeMap<>();
            int escalated = 0;
            int deflected = 0;
            int partnerResolvable = 0;
            for (CaseSummary c : opened) {
                boolean wasEscalated = c.serviceRequestId().isPresent();
                int[] step = step(steps, c.openedAt());
                step[OPENED]++;
                if (wasEscalated) {
                    escalated++;
                    step[ESCALATED]++;
                }
                if (c.outcome().orElse(null) == TriageResult.KNOWN_INCIDENT || c.status() == CaseStatus.WAITING_ON_INCIDENT
                        || c.status() == CaseStatus.RECHECK) {
                    deflected++;
                    step[DEFLECTED]++;
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
                    step(steps, r.responseDueAt().orElseThrow())[BREACHES]++;
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
            List<PeriodFigures> overTime = new ArrayList<>();
            steps.forEach((start, f) -> overTime.add(new PeriodFigures(start, f[OPENED], f[ESCALATED], f[DEFLECTED],
                    f[BREACHES])));
            return new EscalationMetrics(from, opened.size(), escalated, rate(escalated, opened.size()), byCategory,
                    deflected, partnerResolvable, total, responses.size(), median, breaches, openPastTarget, period,
                    overTime, turnaround(responses));
        });
    }

    private static final int OPENED = 0;
    private static final int ESCALATED = 1;
    private static final int DEFLECTED = 2;
    private static final int BREACHES = 3;
    /** The time line goes back at most 20 years (240 monthly steps). */
    private static final int MAX_MONTHS = 240;

    /** Days for up to two months, weeks for up to two years, months beyond. */
    static Period periodFor(Instant from, Instant now) {
        Duration span = Duration.between(from, now);
        if (span.compareTo(Duration.ofDays(62)) <= 0) {
            return Period.DAY;
        }
        return span.compareTo(Duration.ofDays(731)) <= 0 ? Period.WEEK : Period.MONTH;
    }

    /** The start of every step from the one holding {@code from} to the one holding {@code now}, in UTC. */
    private static TreeMap<Instant, int[]> steps(Instant from, Instant now, Period period) {
        TreeMap<Instant, int[]> steps = new TreeMap<>();
        ZonedDateTime start = from.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
        start = switch (period) {
            case DAY -> start;
            case WEEK -> start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> start.withDayOfMonth(1);
        };
        ZonedDateTime earliest = now.atZone(ZoneOffset.UTC).minusMonths(MAX_MONTHS).withDayOfMonth(1)
                .truncatedTo(ChronoUnit.DAYS);
        if (start.isBefore(earliest)) {
            start = earliest; // a report from long ago counts what came before in its first step
        }
        for (ZonedDateTime at = start; !at.toInstant().isAfter(now); at = next(at, period)) {
            steps.put(at.toInstant(), new int[4]);
        }
        if (steps.isEmpty()) {
            steps.put(start.toInstant(), new int[4]); // a report from a moment still to come
        }
        return steps;
    }

    private static ZonedDateTime next(ZonedDateTime at, Period period) {
        return switch (period) {
            case DAY -> at.plusDays(1);
            case WEEK -> at.plusWeeks(1);
            case MONTH -> at.plusMonths(1);
        };
    }

    /** The figures of the step holding {@code at} (the first or the last step for a moment outside them). */
    private static int[] step(TreeMap<Instant, int[]> steps, Instant at) {
        var holding = steps.floorEntry(at);
        return (holding != null ? holding : steps.firstEntry()).getValue();
    }

    private static List<TurnaroundBand> turnaround(List<Duration> responses) {
        List<TurnaroundBand> bands = new ArrayList<>();
        for (int i = 0; i < TURNAROUND_BOUNDS.size(); i++) {
            Duration low = TURNAROUND_BOUNDS.get(i);
            Optional<Duration> high = i + 1 < TURNAROUND_BOUNDS.size() ? Optional.of(TURNAROUND_BOUNDS.get(i + 1))
                    : Optional.empty();
            int count = (int) responses.stream().filter(d -> d.compareTo(low) >= 0)
                    .filter(d -> high.map(h -> d.compareTo(h) < 0).orElse(true)).count();
            bands.add(new TurnaroundBand(low, high, count));
        }
        return bands;
    }

    private static double rate(int part, int whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }
}
