package com.partnerdesk.application.service;

import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.MutableClock;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.EscalateCaseCommand;
import com.partnerdesk.application.port.in.OpenCaseCommand;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.cases.Impact;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.UsersAffected;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.escalation.EscalationDraft;
import com.partnerdesk.domain.escalation.Evidence;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.servicerequest.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;

/** A fresh in-memory desk with the sample customers, and the steps the service tests repeat. */
abstract class DeskTestSupport {
    static final Instant T0 = Samples.T0;

    Desk desk;
    MutableClock clock;

    @BeforeEach
    void freshDesk() {
        desk = Desk.inMemoryWithSamples();
        clock = desk.mutableClock();
    }

    CaseView open(Caller caller, TenantId customer, String service, SymptomClassification classification,
                  Instant startedAt) {
        return desk.openCase().open(command(caller, customer, service, classification, startedAt, Optional.empty()));
    }

    CaseView openExchange(TenantId customer, SymptomClassification classification, Duration ago) {
        return open(Desk.helpdesk(), customer, "Exchange Online", classification, clock.instant().minus(ago));
    }

    static OpenCaseCommand command(Caller caller, TenantId customer, String service,
                                   SymptomClassification classification, Instant startedAt, Optional<String> key) {
        return new OpenCaseCommand(caller, customer, service, "Outbound mail to .mil recipients queued",
                "Users see NDR 4.4.7 for every message to army.mil; the outbound connector validates.", startedAt,
                UsersAffected.TENANT, Impact.CRITICAL, classification, key);
    }

    void importHealth(HealthIssue... issues) {
        desk.healthIssues().importIssues(Desk.operator(), List.of(issues), n -> { });
    }

    static EscalationDraft readyDraft() {
        return new EscalationDraft(Optional.of("Outbound mail to .mil queued for the whole tenant"),
                Optional.of("Since 13:40 UTC every message to army.mil is deferred with 4.4.7; no health advisory."),
                Optional.of(Severity.CRITICAL), Optional.of(Samples.MAIL_FLOW_TOPIC), Optional.of("US"),
                new Evidence(Optional.empty(), Optional.of("All 1,200 mailboxes"), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty()));
    }

    EscalateCaseCommand escalation(Caller caller, CaseView c, EscalationDraft draft) {
        return new EscalateCaseCommand(caller, c.id(), c.version(), draft, Optional.empty());
    }

    List<AuditEvent> auditTrail() {
        return desk.storage().unitOfWork().read(() -> desk.storage().audit().since(Optional.empty(), 10_000));
    }

    CaseView reload(CaseView c) {
        return desk.findCases().get(Desk.helpdesk(), c.id());
    }
}
