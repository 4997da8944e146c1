package com.partnerdesk.adapters.web.cases;

import static com.partnerdesk.adapters.web.support.WebRole.AGENTS;

import com.partnerdesk.adapters.web.WebDependencies;
import com.partnerdesk.adapters.web.support.Json;
import com.partnerdesk.adapters.web.support.Pages;
import com.partnerdesk.adapters.web.support.Requests;
import com.partnerdesk.adapters.web.support.Resource;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpStatus;

/** Cases: the queue, a case's page with its forms, opening a case for a customer; and the same under /api/v1. */
public final class CaseRoutes implements Resource {
    private final CasePages pages;
    private final CaseApi api;

    public CaseRoutes(WebDependencies deps, Pages pages, Json json) {
        this.pages = new CasePages(deps, pages);
        this.api = new CaseApi(deps, json);
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/", ctx -> ctx.redirect("/cases", HttpStatus.SEE_OTHER), AGENTS);
        r.get("/cases", pages::queue, AGENTS);
        r.get("/cases/{id}", pages::casePage, AGENTS);
        r.get("/customers/{tenantId}/cases/new", pages::newCaseForm, AGENTS);
        r.post("/customers/{tenantId}/cases", pages::openCase, AGENTS);
        r.post("/cases/{id}/notes", pages::addNote, AGENTS);
        r.post("/cases/{id}/triage", pages::triage, AGENTS);
        r.post("/cases/{id}/escalation", pages::escalate, AGENTS);
        r.post("/cases/{id}/escalation/readiness", pages::checkReadiness, AGENTS);
        r.post("/cases/{id}/escalation/troubleshooting", pages::addTroubleshootingFromPanel, AGENTS);
        r.post("/cases/{id}/escalation/discard", pages::discardDraft, AGENTS);
        r.post("/cases/{id}/escalation-request", pages::askForEscalation, AGENTS);
        r.post("/cases/{id}/resolve", pages::resolve, AGENTS);
        r.post("/cases/{id}/close", pages::close, AGENTS);
        r.post("/cases/{id}/reopen", pages::reopen, AGENTS);
        r.post("/cases/{id}/owner", pages::changeOwner, AGENTS);

        String base = Requests.API;
        r.post(base + "/customers/{tenantId}/cases", api::openCase, AGENTS);
        r.get(base + "/cases", api::search, AGENTS);
        r.get(base + "/cases/{id}", api::get, AGENTS);
        r.post(base + "/cases/{id}/notes", api::addNote, AGENTS);
        r.post(base + "/cases/{id}/triage", api::triage, AGENTS);
        r.post(base + "/cases/{id}/escalation/readiness", api::readiness, AGENTS);
        r.post(base + "/cases/{id}/escalation", api::escalate, AGENTS);
        r.post(base + "/cases/{id}/escalation-request", api::askForEscalation, AGENTS);
        r.post(base + "/cases/{id}/resolve", api::resolve, AGENTS);
        r.post(base + "/cases/{id}/close", api::close, AGENTS);
        r.post(base + "/cases/{id}/reopen", api::reopen, AGENTS);
        r.post(base + "/cases/{id}/owner", api::changeOwner, AGENTS);
    }
}
