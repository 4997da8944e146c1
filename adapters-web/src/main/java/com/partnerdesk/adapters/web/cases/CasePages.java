package com.partnerdesk.adapters.web.cases;

import com.partnerdesk.adapters.web.WebDependencies;
import com.partnerdesk.adapters.web.support.ErrorMapper;
import com.partnerdesk.adapters.web.support.Fmt;
import com.partnerdesk.adapters.web.support.Words;
import com.partnerdesk.adapters.web.support.Inputs;
import com.partnerdesk.adapters.web.support.Pages;
import com.partnerdesk.adapters.web.support.Problem;
import com.partnerdesk.adapters.web.support.Requests;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.CaseList;
import com.partnerdesk.application.port.in.CaseSearch;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.CloseCaseCommand;
import com.partnerdesk.application.port.in.EscalateCaseCommand;
import com.partnerdesk.application.port.in.ReadinessQuery;
import com.partnerdesk.application.port.in.ReopenCaseCommand;
import com.partnerdesk.application.port.in.ResolveCaseCommand;
import com.partnerdesk.application.port.in.ServiceRequestView;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.escalation.EscalationDraft;
import com.partnerdesk.domain.escalation.Evidence;
import com.partnerdesk.domain.escalation.ReadinessReport;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.servicerequest.Severity;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** The agents' case pages: plain server-rendered HTML forms that work without JavaScript. */
final class CasePages {
    private final WebDependencies deps;
    private final Pages pages;

    CasePages(WebDependencies deps, Pages pages) {
        this.deps = deps;
        this.pages = pages;
    }

    void queue(Context ctx) {
        Caller caller = Requests.caller(ctx);
        CaseSearch search = CaseInput.search(Inputs.query(ctx));
        CaseList result = deps.findCases().search(caller, search);
        Map<String, Object> params = new HashMap<>();
        params.put("page", pages.page(ctx, "Case queue", "cases"));
        params.put("result", result);
        params.put("customers", deps.customers().list(caller));
        params.put("services", deps.referenceData().services(caller));
        params.put("status", search.status().map(Enum::name).orElse(""));
        params.put("tenantId", search.tenantId().map(TenantId::value).orElse(""));
        params.put("service", search.service().orElse(""));
        params.put("impact", search.impact().map(Enum::name).orElse(""));
        params.put("attention", search.attentionOnly());
        params.put("q", search.text().orElse(""));
        pages.render(ctx, 200, "cases/queue.jte", params);
    }

    void casePage(Context ctx) {
        Caller caller = Requests.caller(ctx);
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        CaseView view = deps.findCases().get(caller, id);
        Inputs in = Inputs.query(ctx);
        EscalationDraft draft = ctx.queryParamMap().isEmpty()
                ? suggestedDraft(view, deps.customers().get(caller, TenantId.of(view.tenantId())))
                : CaseInput.draft(in);
        Optional<ReadinessReport> readiness = view.status() == CaseStatus.TRIAGED
                ? Optional.of(deps.escalateCase().readiness(new ReadinessQuery(caller, id, draft)))
                : Optional.empty();
        Map<String, Object> params = new HashMap<>();
        params.put("page", pages.page(ctx, view.title(), "cases"));
        params.put("c", view);
        params.put("timeline", TimelineEntry.of(view));
        params.put("readiness", readiness.orElse(null));
        params.put("draft", draft);
        params.put("topics", deps.referenceData().supportTopics(caller, Optional.of(view.productFamily())));
        params.put("issues", view.healthCheck().map(h -> h.activeIssueIds().stream()
                .flatMap(i -> {
                    try {
                        return Stream.of(deps.healthIssues().get(caller, i));
                    } catch (NotFoundException e) {
                        return Stream.empty();
                    }
                }).toList()).orElse(List.of()));
        pages.render(ctx, 200, "cases/case.jte", params);
    }

    void newCaseForm(Context ctx) {
        Customer customer = deps.customers().get(Requests.caller(ctx), Inputs.tenantId(ctx.pathParam("tenantId")));
        Map<String, String> values = new HashMap<>();
        values.put("startedAt", pages.inputTime(ctx, deps.clock().instant()));
        renderNewCase(ctx, 200, customer, values, List.of());
    }

    private void renderNewCase(Context ctx, int status, Customer customer, Map<String, String> values,
                               List<Problem.Fault> errors) {
        Map<String, String> v = new HashMap<>(values);
        v.putIfAbsent("idempotencyKey", UUID.randomUUID().toString());
        pages.render(ctx, status, "cases/newcase.jte", Map.of("page", pages.page(ctx, "New case for " + customer.name(),
                "customers"), "customer", customer, "v", v, "errors", errors));
    }

    void openCase(Context ctx) {
        Caller caller = Requests.caller(ctx);
        TenantId tenantId = Inputs.tenantId(ctx.pathParam("tenantId"));
        Customer customer = deps.customers().get(caller, tenantId);
        Inputs in = pages.form(ctx);
        try {
            CaseView view = deps.openCase().open(CaseInput.openCase(in, caller, tenantId,
                    Requests.idempotencyKey(ctx.formParam("idempotencyKey"), "idempotencyKey")));
            pages.done(ctx, "/cases/" + view.id().value(), "Case opened and triaged: " + Words.of(view.status()));
        } catch (InvalidInputException | InvalidValueException invalid) {
            Map<String, String> values = new HashMap<>();
            for (String field : CaseInput.OPEN_CASE_FIELDS) {
                values.put(field, in.raw(field));
            }
            values.put("idempotencyKey", in.raw("idempotencyKey"));
            renderNewCase(ctx, 400, customer, values, new ErrorMapper().map(invalid).errors());
        }
    }

    void addNote(Context ctx) {
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        deps.addNote().addNote(CaseInput.note(pages.form(ctx), Requests.caller(ctx), id));
        pages.done(ctx, "/cases/" + id.value() + "#notes", "Note added");
    }

    void triage(Context ctx) {
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        Inputs in = pages.form(ctx);
        long version = Requests.formVersion(in);
        CaseView view = deps.triageCase().triage(CaseInput.triage(in, Requests.caller(ctx), id, version));
        pages.done(ctx, "/cases/" + id.value(), "Triaged again: " + Words.of(view.status()));
    }

    void escalate(Context ctx) {
        Caller caller = Requests.caller(ctx);
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        Inputs in = pages.form(ctx);
        long version = Requests.formVersion(in);
        EscalationDraft draft = CaseInput.draft(in);
        ServiceRequestView request = deps.escalateCase().escalate(new EscalateCaseCommand(caller, id, version, draft,
                Requests.idempotencyKey(ctx.formParam("idempotencyKey"), "idempotencyKey")));
        pages.done(ctx, "/service-requests/" + request.id().value(), "Service request filed");
    }

    void resolve(Context ctx) {
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        Inputs in = pages.form(ctx);
        long version = Requests.formVersion(in);
        String resolution = CaseInput.resolution(in);
        deps.changeCaseStatus().resolve(new ResolveCaseCommand(Requests.caller(ctx), id, version, resolution));
        pages.done(ctx, "/cases/" + id.value(), "Case resolved");
    }

    void close(Context ctx) {
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        Inputs in = pages.form(ctx);
        long version = Requests.formVersion(in);
        in.check();
        deps.changeCaseStatus().close(new CloseCaseCommand(Requests.caller(ctx), id, version));
        pages.done(ctx, "/cases/" + id.value(), "Case closed");
    }

    void reopen(Context ctx) {
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        Inputs in = pages.form(ctx);
        long version = Requests.formVersion(in);
        String reason = CaseInput.reopenReason(in);
        deps.changeCaseStatus().reopen(new ReopenCaseCommand(Requests.caller(ctx), id, version, reason));
        pages.done(ctx, "/cases/" + id.value(), "Case re-opened");
    }

    /** What the escalation form starts with: the case's own words and the severity its impact suggests. */
    private static EscalationDraft suggestedDraft(CaseView view, Customer customer) {
        return new EscalationDraft(Optional.of(view.title()), Optional.of(view.description()),
                Optional.of(Severity.forImpact(view.impact())), Optional.empty(), Optional.of(customer.country().value()),
                Evidence.NONE);
    }
}
