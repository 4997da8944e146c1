package com.partnerdesk.adapters.web.cases;

import com.partnerdesk.adapters.web.support.Inputs;
import com.partnerdesk.adapters.web.support.Requests;
import com.partnerdesk.application.port.in.AddNoteCommand;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.CaseSearch;
import com.partnerdesk.application.port.in.OpenCaseCommand;
import com.partnerdesk.application.port.in.TriageCaseCommand;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.cases.CaseSort;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.Impact;
import com.partnerdesk.domain.cases.NoteKind;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.UsersAffected;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.escalation.EscalationDraft;
import com.partnerdesk.domain.escalation.Evidence;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.servicerequest.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads what an agent sends about cases — from a page's form or from an API body, with the same field names — into
 * the use cases' commands. Every parser collects every fault before refusing.
 */
final class CaseInput {
    /** The fields of the new-case form, in the order they are shown. */
    static final java.util.List<String> OPEN_CASE_FIELDS = java.util.List.of("service", "title", "description",
            "startedAt", "usersAffected", "impact", "classification");

    private CaseInput() {
    }

    static OpenCaseCommand openCase(Inputs in, Caller caller, TenantId tenantId, Optional<String> idempotencyKey) {
        String service = in.required("service");
        String title = in.text("title").orElse(null);
        String description = in.text("description").orElse(null);
        Instant startedAt = in.requiredInstant("startedAt");
        UsersAffected users = in.requiredEnum("usersAffected", UsersAffected.class);
        Impact impact = in.requiredEnum("impact", Impact.class);
        SymptomClassification classification = in.requiredEnum("classification", SymptomClassification.class);
        in.check();
        return new OpenCaseCommand(caller, tenantId, service, title, description, startedAt, users, impact,
                classification, idempotencyKey);
    }

    static AddNoteCommand note(Inputs in, Caller caller, CaseId id) {
        String text = in.required("text");
        NoteKind kind = in.enumValue("kind", NoteKind.class).orElse(NoteKind.NOTE);
        boolean waitForCustomer = in.flag(AddNoteCommand.WAIT_FOR_CUSTOMER);
        in.check();
        if (waitForCustomer && kind != NoteKind.CUSTOMER_UPDATE) {
            in.fault(AddNoteCommand.WAIT_FOR_CUSTOMER, "only a CUSTOMER_UPDATE can wait for the customer's answer");
            in.check();
        }
        return new AddNoteCommand(caller, id, kind, text, waitForCustomer);
    }

    static TriageCaseCommand triage(Inputs in, Caller caller, CaseId id, long version) {
        Optional<String> reason = in.text("overrideReason");
        Optional<SymptomClassification> classification = in.enumValue("classification", SymptomClassification.class);
        in.check();
        return new TriageCaseCommand(caller, id, version, reason, classification);
    }

    /** The escalation draft: title, description, severity, topic, country and the evidence the checklist asks for. */
    static EscalationDraft draft(Inputs in) {
        EscalationDraft draft = readDraft(in);
        in.check();
        return draft;
    }

    /** The draft as far as it can be read; what cannot be read is left out and its fault kept in {@code in}. */
    static EscalationDraft readDraft(Inputs in) {
        Optional<Severity> severity = in.enumValue("severity", Severity.class);
        Inputs evidence = in.nested("evidence");
        Evidence ev = new Evidence(evidence.instant("startedAt"), evidence.text("affectedUsers"),
                evidence.text("reproductionSteps"), evidence.text("affectedSites"), evidence.text("expectedBehaviour"),
                evidence.text("actualBehaviour"));
        evidence.check();
        return new EscalationDraft(in.text("title"), in.text("description"), severity, in.text("supportTopicId"),
                in.text("countryCode"), ev);
    }

    static String resolution(Inputs in) {
        String resolution = in.required("resolution");
        in.check();
        return resolution;
    }

    static String reopenReason(Inputs in) {
        String reason = in.required("reason");
        in.check();
        return reason;
    }

    /** Whom a case is given to: {@code "agent"}, an agent's e-mail, or null (blank in a form) for nobody. */
    static Optional<Email> owner(Inputs in) {
        if (!in.present("agent")) {
            in.fault("agent", "is required: an agent's e-mail, or null to leave the case unowned");
        }
        Optional<Email> agent = in.text("agent").flatMap(v -> in.value("agent", () -> Email.of(v)));
        in.check();
        return agent;
    }

    /** The {@code clock} filter's one value: the cases whose customer's clock is past its warning or breached. */
    static final String CLOCK_AT_RISK = "at-risk";

    /** The queue's filters and search words, from the query of the page or of the API. */
    static CaseSearch search(Inputs q) {
        Optional<CaseStatus> status = q.enumValue("status", CaseStatus.class);
        Optional<TenantId> tenantId = q.text("tenantId").flatMap(v -> q.value("tenantId", () -> TenantId.of(v)));
        Optional<String> service = q.text("service");
        Optional<Impact> impact = q.enumValue("impact", Impact.class);
        boolean attention = q.flag("attention");
        Optional<String> text = q.text("q");
        Optional<ServiceRequestId> request = q.text("serviceRequestId")
                .flatMap(v -> q.value("serviceRequestId", () -> ServiceRequestId.of(v)));
        Optional<CaseSearch.Owner> owner = q.text("owner").flatMap(v -> q.value("owner", () -> CaseSearch.Owner.parse(v)));
        List<CaseSort> sort = q.text("sort").flatMap(v -> q.value("sort", () -> CaseSort.parse(v))).orElse(List.of());
        boolean clockAtRisk = q.text("clock").map(v -> {
            if (!v.equalsIgnoreCase(CLOCK_AT_RISK)) {
                q.fault("clock", "'" + v + "' is not a clock filter; the only one is " + CLOCK_AT_RISK);
            }
            return true;
        }).orElse(false);
        int offset = q.integer("offset", 0, 0, Integer.MAX_VALUE);
        int limit = q.integer("limit", Requests.DEFAULT_LIMIT, 1, Requests.MAX_LIMIT);
        q.check();
        return new CaseSearch(status, tenantId, service, impact, attention, text, request, owner, sort, offset, limit,
                clockAtRisk);
    }
}
