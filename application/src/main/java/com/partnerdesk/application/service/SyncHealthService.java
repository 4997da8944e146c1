package com.partnerdesk.application.service;

import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.HealthIssuesUseCase.HealthImportReport;
import com.partnerdesk.application.port.in.HealthSyncStatusUseCase;
import com.partnerdesk.application.port.in.SyncHealthCommand;
import com.partnerdesk.application.port.in.SyncHealthUseCase;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.application.port.out.CustomerRepository;
import com.partnerdesk.application.port.out.HealthFeed;
import com.partnerdesk.application.port.out.HealthIssueRepository;
import com.partnerdesk.application.port.out.HealthSyncStatusRepository;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.health.HealthSyncStatus;
import com.partnerdesk.domain.health.IssueAudience;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads each customer's feed outside any transaction, then stores what it showed and how the reading went in one
 * transaction per customer: a stop in the middle loses at most the customer being read, which the next round reads
 * again (storing is idempotent), and never leaves half a customer stored.
 */
public final class SyncHealthService implements SyncHealthUseCase, HealthSyncStatusUseCase {
    private final Guard guard;
    private final CustomerRepository customers;
    private final HealthSyncStatusRepository statuses;
    private final HealthFeed feed;
    private final HealthBoard board;

    public SyncHealthService(Guard guard, CustomerRepository customers, HealthIssueRepository health, CaseRepository cases,
                             HealthSyncStatusRepository statuses, HealthFeed feed, Notifier notifier) {
        this.guard = guard;
        this.customers = customers;
        this.statuses = statuses;
        this.feed = feed;
        this.board = new HealthBoard(guard, health, cases, notifier);
    }

    @Override
    public SyncHealthReport sync(Caller caller, SyncHealthCommand command) {
        List<Customer> targets = guard.read(() -> {
            guard.require(caller, Action.MANAGE_HEALTH, "health.sync");
            return command.customer()
                    .map(t -> List.of(customers.find(t).orElseThrow(() -> new NotFoundException("Customer", t))))
                    .orElseGet(customers::all);
        });
        List<CustomerSync> results = new ArrayList<>();
        for (Customer customer : targets) {
            results.add(syncOne(caller, customer));
        }
        return new SyncHealthReport(results);
    }

    private CustomerSync syncOne(Caller caller, Customer customer) {
        Optional<HealthSyncStatus> before = guard.read(() -> statuses.find(customer.tenantId()));
        Instant startedAt = guard.now();
        Optional<Instant> notBefore = before.flatMap(HealthSyncStatus::nextTryAt).filter(startedAt::isBefore);
        if (notBefore.isPresent()) {
            return failure(customer, before.get().failure().orElse("throttled") + " (not tried before " + notBefore.get() + ")");
        }
        List<HealthIssue> issues;
        try {
            issues = feed.read(customer, before.flatMap(HealthSyncStatus::watermark));
        } catch (HealthFeed.Unavailable unavailable) {
            String why = unavailable.getMessage();
            guard.write(() -> {
                Instant now = guard.now();
                statuses.record(before.map(s -> s.failed(now, why, unavailable.retryAt()))
                        .orElseGet(() -> HealthSyncStatus.firstFailure(customer.tenantId(), now, why, unavailable.retryAt())));
                // A failure is audited when it is new, not on every round that meets it again.
                if (!before.flatMap(HealthSyncStatus::failure).equals(Optional.of(why))) {
                    guard.record(caller, "health.sync", Optional.of(customer.tenantId()), Optional.empty(), "failed: " + why);
                }
                return null;
            });
            return failure(customer, why);
        }
        HealthImportReport report = guard.write(() -> {
            Instant now = guard.now();
            HealthImportReport stored = board.store(caller, issues,
                    issue -> Set.of(IssueAudience.customer(customer.tenantId())), now, n -> { });
            Optional<Instant> watermark = Stream.concat(before.flatMap(HealthSyncStatus::watermark).stream(),
                    issues.stream().map(HealthIssue::lastModifiedAt)).max(Instant::compareTo);
            statuses.record(HealthSyncStatus.succeeded(customer.tenantId(), now, issues.size(), watermark));
            // A reading is audited when it changed the board (or ended a failure), not on every quiet round.
            if (stored.added() + stored.updated() > 0 || before.flatMap(HealthSyncStatus::failure).isPresent()) {
                guard.record(caller, "health.sync", Optional.of(customer.tenantId()), Optional.empty(),
                        issues.size() + " issues read: added " + stored.added() + ", updated " + stored.updated()
                                + ", cases sent to recheck " + stored.casesSentToRecheck());
            }
            return stored;
        });
        return new CustomerSync(customer.tenantId(), customer.name(), issues.size(), report.added(), report.updated(),
                report.casesSentToRecheck(), Optional.empty());
    }

    private static CustomerSync failure(Customer customer, String why) {
        return new CustomerSync(customer.tenantId(), customer.name(), 0, 0, 0, 0, Optional.of(why));
    }

    @Override
    public List<HealthSyncStatusView> statuses(Caller caller) {
        return guard.read(() -> {
            guard.require(caller, Action.VIEW, "health.sync.status");
            Map<com.partnerdesk.domain.customer.TenantId, HealthSyncStatus> known = new HashMap<>();
            statuses.all().forEach(s -> known.put(s.customer(), s));
            return customers.all().stream().map(c -> {
                Optional<HealthSyncStatus> s = Optional.ofNullable(known.get(c.tenantId()));
                return new HealthSyncStatusView(c.tenantId(), c.name(), s.map(HealthSyncStatus::attemptedAt),
                        s.flatMap(HealthSyncStatus::succeededAt), s.map(HealthSyncStatus::issuesBrought).orElse(0),
                        s.flatMap(HealthSyncStatus::failure), s.flatMap(HealthSyncStatus::nextTryAt));
            }).toList();
        });
    }
}
