package com.partnerdesk.application.service;

import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.HealthIssuesUseCase;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.application.port.out.HealthIssueRepository;
import com.partnerdesk.application.port.out.UpsertResult;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.ids.CaseId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

public final class HealthIssuesService implements HealthIssuesUseCase {
    static final int BATCH = 2_000;

    private final Guard guard;
    private final HealthIssueRepository health;
    private final CaseRepository cases;

    public HealthIssuesService(Guard guard, HealthIssueRepository health, CaseRepository cases) {
        this.guard = guard;
        this.health = health;
        this.cases = cases;
    }

    @Override
    public HealthImportReport importIssues(Caller caller, List<HealthIssue> issues, IntConsumer progress) {
        return guard.write(() -> {
            guard.require(caller, Action.MANAGE_HEALTH, "health.import");
            Instant now = guard.now();
            int added = 0;
            int updated = 0;
            int unchanged = 0;
            int rechecked = 0;
            for (int from = 0; from < issues.size(); from += BATCH) {
                List<HealthIssue> batch = issues.subList(from, Math.min(issues.size(), from + BATCH));
                List<UpsertResult> results = health.upsertAll(batch);
                for (int i = 0; i < batch.size(); i++) {
                    switch (results.get(i)) {
                        case ADDED -> added++;
                        case UPDATED -> updated++;
                        case UNCHANGED -> unchanged++;
                    }
                    HealthIssue issue = batch.get(i);
                    if (results.get(i) != UpsertResult.UNCHANGED && !issue.isActive()) {
                        rechecked += sendWaitingCasesToRecheck(issue, caller, now);
                    }
                }
                progress.accept(from + batch.size());
            }
            guard.record(caller, "health.import", Optional.empty(), Optional.empty(),
                    "added " + added + ", updated " + updated + ", unchanged " + unchanged
                            + ", cases sent to recheck " + rechecked);
            return new HealthImportReport(added, updated, unchanged, rechecked);
        });
    }

    private int sendWaitingCasesToRecheck(HealthIssue ended, Caller caller, Instant now) {
        int moved = 0;
        for (CaseId id : cases.waitingOn(ended.id())) {
            Optional<Case> waiting = cases.find(id).filter(c -> c.status() == CaseStatus.WAITING_ON_INCIDENT);
            if (waiting.isPresent()) {
                Case c = waiting.get();
                c.recheck(caller.actor().name(), now, "health issue " + ended.id() + " is " + ended.status()
                        + ": if the problem persists after the outage ends, submit a service request");
                cases.update(c);
                guard.record(caller, "case.recheck", Optional.of(c.customer()), Optional.of(c.id()),
                        "linked health issue " + ended.id() + " ended");
                moved++;
            }
        }
        return moved;
    }

    @Override
    public List<HealthIssue> list(Caller caller, boolean activeOnly, Optional<String> service, int limit) {
        return guard.read(() -> {
            guard.require(caller, Action.VIEW, "health.list");
            return health.list(activeOnly, service, limit);
        });
    }

    @Override
    public HealthIssue get(Caller caller, HealthIssueId id) {
        return guard.read(() -> {
            guard.require(caller, Action.VIEW, "health.view");
            return health.find(id).orElseThrow(() -> new NotFoundException("Health issue", id));
        });
    }
}
