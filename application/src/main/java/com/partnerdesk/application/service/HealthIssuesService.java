package com.partnerdesk.application.service;

import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.HealthIssuesUseCase;
import com.partnerdesk.application.port.in.ImportHealthCommand;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.application.port.out.CustomerRepository;
import com.partnerdesk.application.port.out.HealthDocuments;
import com.partnerdesk.application.port.out.HealthIssueRepository;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.health.IssueAudience;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

public final class HealthIssuesService implements HealthIssuesUseCase {
    static final int BATCH = HealthBoard.BATCH;

    private final Guard guard;
    private final HealthIssueRepository health;
    private final CustomerRepository customers;
    private final HealthDocuments documents;
    private final HealthBoard board;

    public HealthIssuesService(Guard guard, HealthIssueRepository health, CaseRepository cases,
                               CustomerRepository customers, HealthDocuments documents, Notifier notifier) {
        this.guard = guard;
        this.health = health;
        this.customers = customers;
        this.documents = documents;
        this.board = new HealthBoard(guard, health, cases, notifier);
    }

    @Override
    public List<HealthIssue> read(Caller caller, String source, InputStream in, Optional<Cloud> cloud) throws IOException {
        // Only who may record health issues reads a file for them; the reading itself holds no connection.
        guard.read(() -> {
            guard.require(caller, Action.MANAGE_HEALTH, "health.import");
            return null;
        });
        return documents.read(source, in, cloud.map(Set::of).orElse(Set.of()));
    }

    @Override
    public HealthImportReport importIssues(Caller caller, ImportHealthCommand command, IntConsumer progress) {
        return guard.write(() -> {
            guard.require(caller, Action.MANAGE_HEALTH, "health.import");
            Optional<Customer> customer = command.customer().map(t -> customers.find(t)
                    .orElseThrow(() -> new NotFoundException("Customer", t)));
            Function<HealthIssue, Set<IssueAudience>> shownTo = customer
                    .<Function<HealthIssue, Set<IssueAudience>>>map(c -> issue -> Set.of(IssueAudience.customer(c.tenantId())))
                    .orElse(HealthIssuesService::everyCustomerOfItsClouds);
            HealthImportReport report = board.store(caller, command.issues(), shownTo, guard.now(), progress);
            guard.record(caller, "health.import", command.customer(), Optional.empty(),
                    "added " + report.added() + ", updated " + report.updated() + ", unchanged " + report.unchanged()
                            + ", cases sent to recheck " + report.casesSentToRecheck()
                            + customer.map(c -> ", shown to " + c.name()).orElse(""));
            return report;
        });
    }

    /** Without a customer, an issue is on the board of every customer of the clouds it was read for (none: of all). */
    private static Set<IssueAudience> everyCustomerOfItsClouds(HealthIssue issue) {
        return issue.clouds().isEmpty() ? Set.of(IssueAudience.everyCustomer())
                : issue.clouds().stream().map(IssueAudience::everyCustomerOf).collect(Collectors.toSet());
    }

    @Override
    public List<HealthIssue> list(Caller caller, boolean activeOnly, Optional<String> service, int limit) {
        return guard.read(() -> {
            guard.require(caller, Action.VIEW, "health.list");
            return health.list(activeOnly, service, limit);
        });
    }

    @Override
    public List<BoardEntry> board(Caller caller, boolean activeOnly, Optional<String> service, int limit) {
        return guard.read(() -> {
            guard.require(caller, Action.VIEW, "health.list");
            List<HealthIssue> issues = health.list(activeOnly, service, limit);
            Map<HealthIssueId, Set<IssueAudience>> audiences = health.audiences(issues.stream().map(HealthIssue::id).toList());
            Map<TenantId, String> names = new HashMap<>();
            customers.all().forEach(c -> names.put(c.tenantId(), c.name()));
            return issues.stream().map(issue -> new BoardEntry(issue,
                    audiences.getOrDefault(issue.id(), Set.of()).stream()
                            .sorted(Comparator.comparing((IssueAudience a) -> a.customer().isPresent())
                                    .thenComparing(a -> a.cloud().map(Enum::ordinal).orElse(-1))
                                    .thenComparing(a -> a.customer().map(t -> names.getOrDefault(t, t.value())).orElse("")))
                            .map(a -> a.customer().map(t -> names.getOrDefault(t, t.value())).orElseGet(a::toString))
                            .toList()))
                    .toList();
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
