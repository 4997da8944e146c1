package com.partnerdesk.application.service;

import com.partnerdesk.application.port.out.CasePage;
import com.partnerdesk.application.port.out.CaseQuery;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.application.port.out.CaseSummary;
import com.partnerdesk.application.port.out.PartnerSettings;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.CaseNote;
import com.partnerdesk.domain.cases.ClockMarks;
import com.partnerdesk.domain.cases.CustomerClockSettings;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.Region;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;
import com.partnerdesk.domain.triage.CustomerSpan;
import com.partnerdesk.domain.triage.NearbyQuery;
import com.partnerdesk.domain.triage.OpenCase;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The case store every use case writes through: each insert, update and note is followed, in the same transaction,
 * by the case's customer clock marks (what the queue sorts and filters by), computed under the partner's clock
 * settings. No use case can move a clock and leave its marks behind.
 */
public final class ClockKeepingCases implements CaseRepository {
    private final CaseRepository store;
    private final PartnerSettings partner;
    private final Clock clock;

    public ClockKeepingCases(CaseRepository store, PartnerSettings partner, Clock clock) {
        this.store = store;
        this.partner = partner;
        this.clock = clock;
    }

    /** The marks of {@code c} under {@code settings}. */
    static ClockMarks marks(Case c, CustomerClockSettings settings, Instant now) {
        return ClockMarks.of(c.customerClock(settings, now));
    }

    /** Writes the marks of every case again: the clock's settings changed. Call inside the write transaction. */
    int markAll(CustomerClockSettings settings) {
        Instant now = clock.instant();
        int marked = 0;
        for (CaseSummary s : store.openedSince(Instant.EPOCH)) {
            Optional<Case> c = store.find(s.id());
            if (c.isPresent()) {
                store.recordClock(s.id(), marks(c.get(), settings, now));
                marked++;
            }
        }
        return marked;
    }

    private void mark(Case c) {
        store.recordClock(c.id(), marks(c, partner.customerClock(), clock.instant()));
    }

    @Override
    public void insert(Case newCase) {
        store.insert(newCase);
        mark(newCase);
    }

    @Override
    public void update(Case changed) {
        store.update(changed);
        mark(changed);
    }

    @Override
    public void appendNote(CaseId caseId, CaseNote note) {
        store.appendNote(caseId, note);
        store.find(caseId).ifPresent(this::mark);
    }

    @Override
    public void recordClock(CaseId caseId, ClockMarks marks) {
        store.recordClock(caseId, marks);
    }

    @Override
    public List<CaseId> clocksAtRiskBy(Instant until, int limit) {
        return store.clocksAtRiskBy(until, limit);
    }

    @Override
    public Optional<Case> find(CaseId id) {
        return store.find(id);
    }

    @Override
    public List<OpenCase> openCasesNear(String service, Cloud cloud, Region region, Instant from, Instant to) {
        return store.openCasesNear(service, cloud, region, from, to);
    }

    @Override
    public List<CaseId> openLinkedTo(HealthIssueId issue) {
        return store.openLinkedTo(issue);
    }

    @Override
    public List<CaseId> waitingOn(HealthIssueId issue) {
        return store.waitingOn(issue);
    }

    @Override
    public List<CaseId> inCluster(ClusterId cluster) {
        return store.inCluster(cluster);
    }

    @Override
    public List<CaseId> ownedBy(AgentId agent) {
        return store.ownedBy(agent);
    }

    @Override
    public List<CaseId> awaitingRequest(ClusterId cluster) {
        return store.awaitingRequest(cluster);
    }

    @Override
    public CasePage search(CaseQuery query) {
        return store.search(query);
    }

    @Override
    public List<CaseSummary> openedSince(Instant since) {
        return store.openedSince(since);
    }

    @Override
    public List<CustomerSpan> spans(NearbyQuery query) {
        return store.spans(query);
    }

    @Override
    public Optional<OpenCase> first(NearbyQuery query, Instant from) {
        return store.first(query, from);
    }

    @Override
    public Optional<ClusterId> smallestClusterId(NearbyQuery query, Instant from, Instant to) {
        return store.smallestClusterId(query, from, to);
    }

    @Override
    public List<OpenCase> outside(NearbyQuery query, ClusterId cluster, Instant from, Instant to) {
        return store.outside(query, cluster, from, to);
    }
}
