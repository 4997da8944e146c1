package com.partnerdesk.adapters.web.reports;

import static com.partnerdesk.adapters.web.support.WebRole.AGENTS;

import com.partnerdesk.adapters.web.support.Inputs;
import com.partnerdesk.adapters.web.support.Json;
import com.partnerdesk.adapters.web.support.Pages;
import com.partnerdesk.adapters.web.support.Requests;
import com.partnerdesk.adapters.web.support.Resource;
import com.partnerdesk.application.error.InputFault;
import com.partnerdesk.application.port.in.EscalationMetricsUseCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The escalation-quality report: the page {@code /reports/escalations?since=} (its figures and SVG charts, no script)
 * and {@code GET /api/v1/reports/escalations?since=}.
 */
public final class ReportRoutes implements Resource {
    private final EscalationMetricsUseCase metrics;
    private final Pages pages;
    private final Json json;

    public ReportRoutes(EscalationMetricsUseCase metrics, Pages pages, Json json) {
        this.metrics = metrics;
        this.pages = pages;
        this.json = json;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/reports/escalations", this::page, AGENTS);
        r.get(Requests.API + "/reports/escalations", this::escalations, AGENTS);
    }

    private void page(Context ctx) {
        Inputs q = Inputs.query(ctx, pages.zone(ctx));
        Optional<Instant> since = q.instant("since");
        String fault = q.faults().stream().map(InputFault::message).collect(Collectors.joining("; "));
        // a since that cannot be read is shown beside its field, and the report covers the default period meanwhile
        var report = metrics.report(Requests.caller(ctx), since);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("page", pages.page(ctx, "Escalation report", "reports"));
        params.put("view", new ReportPage(report, q.raw("since"), fault.isEmpty() ? null : fault));
        pages.render(ctx, 200, "reports/escalations.jte", params);
    }

    private void escalations(Context ctx) {
        Inputs q = Inputs.query(ctx);
        var since = q.instant("since");
        q.check();
        json.respond(ctx, 200, ReportJson.of(metrics.report(Requests.caller(ctx), since)));
    }
}
