package com.partnerdesk.application.service;

import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.HealthIssuesUseCase.HealthImportReport;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.application.port.out.HealthIssueRepository;
import com.partnerdesk.application.port.out.UpsertResult;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.health.IssueAudience;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.notification.NotificationEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * What storing health issues means, whether they come from a file or a customer's feed: each is added or replaced by a
 * newer version, the feeds that show it are recorded, and an issue that ends sends the cases waiting on it to recheck.
 * Runs inside the caller's write transaction.
 */
final class HealthBoard {
    static final int BATCH = 2_000;

    private final Guard guard;
    private final HealthIssueRepository health;
    private final CaseRepository cases;
    private final Notifier notifier;

    HealthBoard(Guard guard, HealthIssueRepository health, CaseRepository cases, Notifier notifier) {
        this.notifier = notifier;
        this.guard = guard;
        this.health = health;
        this.cases = cases;
    }

    HealthImportReport store(Caller caller, List<HealthIssue> issues, Function<HealthIssue, Set<IssueAudience>> shownTo,
                             Instant now, IntConsumer progress) {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int rechecked = 0;
        for (int from = 0; from < issues.size(); from += BATCH) {
            List<HealthIssue> batch = issues.subList(from, Math.min(issues.size(), from + BATCH));
            List<UpsertResult> results = health.upsertAll(batch);
            Map<IssueAudience, List<HealthIssueId>> audiences = new LinkedHashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                switch (results.get(i)) {
                    case ADDED -> added++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
                HealthIssue issue = batch.get(i);
                shownTo.apply(issue).forEach(a -> audiences.computeIfAbsent(a, k -> new ArrayList<>()).add(issue.id()));
                if (results.get(i) != UpsertResult.UNCHANGED && !issue.isActive()) {
                    rechecked += sendWaitingCasesToRecheck(issue, caller, now);
                }
            }
            audiences.forEach((audience, ids) -> health.show(ids, audience));
            progress.accept(from + batch.size());
        }
        return new HealthImportReport(added, updated, unchanged, rechecked);
    }

    private int sendWaitingCasesToRecheck(HealthIssue ended, Caller caller, Instant now) {
        List<Case> moved = new ArrayList<>();
        for (CaseId id : cases.waitingOn(ended.id())) {
            Optional<Case> waiting = cases.find(id).filter(c -> c.status() == CaseStatus.WAITING_ON_INCIDENT);
            if (waiting.isPresent()) {
                Case c = waiting.get();
                c.recheck(caller.actor().name(), now, "health issue " + ended.id() + " is " + ended.statusName()
                        + ": if the problem persists after the outage ends, submit a service request");
                cases.update(c);
                guard.record(caller, "case.recheck", Optional.of(c.customer()), Optional.of(c.id()),
                        "linked health issue " + ended.id() + " ended");
                moved.add(c);
            }
        }
        if (!moved.isEmpty()) {
            notifier.raise(Notifier.Event.about(NotificationEvent.CASE_RECHECK, moved,
                    moved.size() + " case(s) sent to recheck: health issue " + ended.id() + " is "
                            + ended.statusName(),
                    "Health issue " + ended.id() + " (" + ended.title() + ") is " + ended.statusName() + ". The cases"
                            + " that waited on it are back with the desk: ask each customer whether the problem"
                            + " persists, and submit a service request if it does."), now);
        }
        return moved.size();
    }
}
