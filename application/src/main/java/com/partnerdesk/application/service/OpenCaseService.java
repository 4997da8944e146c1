package com.partnerdesk.application.service;

import com.partnerdesk.application.error.IdempotencyConflictException;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.OpenCaseCommand;
import com.partnerdesk.application.port.in.OpenCaseUseCase;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.application.port.out.IdempotencyKeys;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.Problem;
import com.partnerdesk.domain.catalogue.VendorService;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.triage.TriageDecision;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

public final class OpenCaseService implements OpenCaseUseCase {
    /** How far ahead of the desk's clock a reported start may be: an agent's clock may run a little fast. */
    static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(5);
    static final String IDEMPOTENCY_SCOPE = "open-case";

    private final Guard guard;
    private final CaseSupport support;
    private final CaseRepository cases;
    private final CaseTriage triage;
    private final IdempotencyKeys idempotency;

    public OpenCaseService(Guard guard, CaseSupport support, CaseRepository cases, CaseTriage triage,
                           IdempotencyKeys idempotency) {
        this.guard = guard;
        this.support = support;
        this.cases = cases;
        this.triage = triage;
        this.idempotency = idempotency;
    }

    /** What a new case is checked against, read before its write transaction. */
    private record Checked(Customer customer, VendorService service, List<HealthIssue> activeIssues) {
    }

    @Override
    public CaseView open(OpenCaseCommand command) {
        // The customer and the service's active health issues are read before the write, on a connection of their own,
        // so that they do not hold up other writers: a snapshot, as the health check the case records is one.
        Checked checked = guard.read(() -> {
            Customer customer = support.loadCustomer(command.customer());
            guard.require(command.caller(), Action.OPEN_CASE, Optional.empty(), Optional.of(customer.tenantId()),
                    Optional.empty(), "case.open");
            VendorService service = customer.managedService(command.service()).orElseThrow(() ->
                    InvalidInputException.of("service", "'" + command.service().strip() + "' is not one of "
                            + customer.name() + "'s managed services ("
                            + customer.managedServices().stream().map(VendorService::name).collect(Collectors.joining(", "))
                            + ")"));
            Instant now = guard.now();
            if (command.startedAt() != null && command.startedAt().isAfter(now.plus(CLOCK_SKEW))) {
                throw InvalidInputException.of("startedAt", command.startedAt() + " is in the future (now is " + now
                        + "): give when the problem started");
            }
            return new Checked(customer, service, triage.activeIssues(customer, service));
        });
        return guard.write(() -> {
            Optional<CaseView> replay = replay(command);
            if (replay.isPresent()) {
                return replay.get();
            }
            Customer customer = checked.customer();
            Instant now = guard.now();
            Problem problem = new Problem(checked.service(), command.title(), command.description(), command.startedAt(),
                    command.usersAffected(), command.impact(), command.classification());
            String by = command.caller().actor().name();
            Case opened = Case.open(CaseId.random(), customer.tenantId(), problem, by, now);
            TriageDecision decision = triage.triage(opened, customer, checked.activeIssues(), Optional.empty(), by, now);
            cases.insert(opened);
            guard.record(command.caller(), "case.open", Optional.of(customer.tenantId()), Optional.of(opened.id()),
                    "opened on " + checked.service().name() + "; triage " + decision.outcome().result()
                            + decision.outcome().category().map(c -> " " + c).orElse(""));
            command.idempotencyKey().ifPresent(key ->
                    idempotency.remember(IdempotencyKeys.scope(IDEMPOTENCY_SCOPE, command.caller().actor()), key,
                            command.fingerprint(), opened.id().value()));
            return support.view(opened, customer);
        });
    }

    private Optional<CaseView> replay(OpenCaseCommand command) {
        if (command.idempotencyKey().isEmpty()) {
            return Optional.empty();
        }
        String key = command.idempotencyKey().get();
        return idempotency.find(IdempotencyKeys.scope(IDEMPOTENCY_SCOPE, command.caller().actor()), key).map(stored -> {
            if (!stored.requestFingerprint().equals(command.fingerprint())) {
                throw new IdempotencyConflictException(key);
            }
            return support.view(support.loadCase(CaseId.of(stored.resultId())));
        });
    }
}
