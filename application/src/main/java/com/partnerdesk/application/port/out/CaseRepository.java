package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.CaseNote;
import com.partnerdesk.domain.cases.ClockMarks;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.Region;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;
import com.partnerdesk.domain.triage.NearbyCases;
import com.partnerdesk.domain.triage.OpenCase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where cases are kept. Every update is checked against the version the case was loaded at.
 *
 * <p>It answers rule 3's questions about the open cases near a problem ({@link NearbyCases}) inside the caller's
 * transaction, each with a small answer whatever the size of an outage: a store must not read every case of the
 * window to answer them.
 */
public interface CaseRepository extends NearbyCases {
    void insert(Case newCase);

    /** Stores the case's changes; refuses with a StaleVersionException when someone else saved it first. */
    void update(Case changed);

    /** Appends a note without touching the case's version: notes never conflict. */
    void appendNote(CaseId caseId, CaseNote note);

    Optional<Case> find(CaseId id);

    /** Open cases on a service in one cloud and region whose problem started between {@code from} and {@code to}. */
    List<OpenCase> openCasesNear(String service, Cloud cloud, Region region, Instant from, Instant to);

    /** Cases waiting on any of the given health issues. */
    List<CaseId> waitingOn(HealthIssueId issue);

    /** Open cases (not resolved or closed) whose triage matched the health issue, oldest first. */
    List<CaseId> openLinkedTo(HealthIssueId issue);

    List<CaseId> inCluster(ClusterId cluster);

    /** The cases {@code agent} owns, oldest first. */
    List<CaseId> ownedBy(AgentId agent);

    /** The cases carrying {@code cluster}'s id that are still triaged and linked to no service request. */
    List<CaseId> awaitingRequest(ClusterId cluster);

    /** The case queue: cases whose service request needs attention first, then the newest. */
    CasePage search(CaseQuery query);

    /** Every case opened at or after {@code since}, for the metrics report. */
    List<CaseSummary> openedSince(Instant since);

    /**
     * Keeps what the queue sorts and filters the case's customer clock by; written in the transaction of every
     * change that moves the clock (the case's, or the clock's settings).
     */
    void recordClock(CaseId caseId, ClockMarks marks);

    /**
     * The cases whose customer clock has a target not met yet at its warning (75 %) or past its due by {@code until},
     * earliest warning first (at most {@code limit}): what a notifier of clock warnings and breaches reads.
     */
    List<CaseId> clocksAtRiskBy(Instant until, int limit);
}
