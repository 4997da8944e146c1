package com.partnerdesk.adapters.web.cases;

import com.partnerdesk.adapters.web.WebDependencies;
import com.partnerdesk.adapters.web.servicerequests.ServiceRequestJson;
import com.partnerdesk.adapters.web.support.Inputs;
import com.partnerdesk.adapters.web.support.Json;
import com.partnerdesk.adapters.web.support.Requests;
import com.partnerdesk.application.port.in.AskForEscalationCommand;
import com.partnerdesk.application.port.in.CaseList;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.ChangeOwnerCommand;
import com.partnerdesk.application.port.in.CloseCaseCommand;
import com.partnerdesk.application.port.in.EscalateCaseCommand;
import com.partnerdesk.application.port.in.ReadinessQuery;
import com.partnerdesk.application.port.in.ReopenCaseCommand;
import com.partnerdesk.application.port.in.ResolveCaseCommand;
import com.partnerdesk.application.port.in.ServiceRequestView;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.escalation.EscalationDraft;
import com.partnerdesk.domain.ids.CaseId;
import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The cases of the JSON API (SPEC §8): each request parsed by {@link CaseInput}, each view written by {@link CaseJson}. */
final class CaseApi {
    /** How many case views' JSON is kept. */
    static final int RENDERED_CASES = 4_096;

    private final WebDependencies deps;
    private final Json json;
    private final Map<CaseId, Rendered> rendered = new ConcurrentHashMap<>();

    /** A case view and its JSON: the very same view object (the use case keeps views) reads as the same text. */
    private record Rendered(CaseView view, String json) {
    }

    CaseApi(WebDependencies deps, Json json) {
        this.deps = deps;
        this.json = json;
    }

    void search(Context ctx) {
        CaseList page = deps.findCases().search(Requests.caller(ctx), CaseInput.search(Inputs.query(ctx)));
        json.respond(ctx, 200, Json.page(page.items().stream().map(CaseJson::listItem).toList(), page.total(),
                page.offset(), page.limit()));
    }

    void get(Context ctx) {
        respond(ctx, 200, deps.findCases().get(Requests.caller(ctx), Inputs.caseId(ctx.pathParam("id"))));
    }

    void openCase(Context ctx) {
        TenantId tenantId = Inputs.tenantId(ctx.pathParam("tenantId"));
        CaseView view = deps.openCase().open(CaseInput.openCase(json.body(ctx), Requests.caller(ctx), tenantId,
                Requests.idempotencyKey(ctx)));
        ctx.header("Location", Requests.API + "/cases/" + view.id().value());
        respond(ctx, 201, view);
    }

    void addNote(Context ctx) {
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        respond(ctx, 201, deps.addNote().addNote(CaseInput.note(json.body(ctx), Requests.caller(ctx), id)));
    }

    void triage(Context ctx) {
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        long version = Requests.expectedVersion(ctx);
        respond(ctx, 200, deps.triageCase().triage(CaseInput.triage(json.body(ctx), Requests.caller(ctx), id, version)));
    }

    void readiness(Context ctx) {
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        EscalationDraft draft = CaseInput.draft(json.body(ctx));
        json.respond(ctx, 200, CaseJson.readiness(deps.escalateCase().readiness(
                new ReadinessQuery(Requests.caller(ctx), id, draft))));
    }

    void escalate(Context ctx) {
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        long version = Requests.expectedVersion(ctx);
        EscalationDraft draft = CaseInput.draft(json.body(ctx));
        ServiceRequestView view = deps.escalateCase().escalate(new EscalateCaseCommand(Requests.caller(ctx), id,
                version, draft, Requests.idempotencyKey(ctx)));
        ctx.header("Location", Requests.API + "/service-requests/" + view.id().value());
        json.respond(ctx, 201, ServiceRequestJson.of(view));
    }

    void askForEscalation(Context ctx) {
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        Inputs in = json.body(ctx);
        String note = in.required("note");
        in.check();
        respond(ctx, 200, deps.askForEscalation().ask(new AskForEscalationCommand(Requests.caller(ctx), id, note)));
    }

    void resolve(Context ctx) {
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        long version = Requests.expectedVersion(ctx);
        String resolution = CaseInput.resolution(json.body(ctx));
        respond(ctx, 200, deps.changeCaseStatus().resolve(new ResolveCaseCommand(Requests.caller(ctx), id, version,
                resolution)));
    }

    void close(Context ctx) {
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        long version = Requests.expectedVersion(ctx);
        json.body(ctx).check();
        respond(ctx, 200, deps.changeCaseStatus().close(new CloseCaseCommand(Requests.caller(ctx), id, version)));
    }

    void reopen(Context ctx) {
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        long version = Requests.expectedVersion(ctx);
        String reason = CaseInput.reopenReason(json.body(ctx));
        respond(ctx, 200, deps.changeCaseStatus().reopen(new ReopenCaseCommand(Requests.caller(ctx), id, version,
                reason)));
    }

    void changeOwner(Context ctx) {
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        java.util.OptionalLong version = Requests.optionalVersion(ctx);
        respond(ctx, 200, deps.changeOwner().changeOwner(new ChangeOwnerCommand(Requests.caller(ctx), id,
                CaseInput.owner(json.body(ctx)), version)));
    }

    private void respond(Context ctx, int status, CaseView view) {
        ctx.header("ETag", "\"" + view.version() + "\"");
        json.respondText(ctx, status, caseJson(view));
    }

    private String caseJson(CaseView view) {
        Rendered known = rendered.get(view.id());
        if (known != null && known.view() == view) {
            return known.json();
        }
        String text = json.write(CaseJson.of(view));
        if (rendered.size() >= RENDERED_CASES && !rendered.containsKey(view.id())) {
            rendered.keySet().stream().findAny().ifPresent(rendered::remove);
        }
        rendered.put(view.id(), new Rendered(view, text));
        return text;
    }
}
