package com.partnerdesk.adapters.web.reports;

import static com.partnerdesk.adapters.web.support.WebRole.AGENTS;

import com.partnerdesk.adapters.web.support.Inputs;
import com.partnerdesk.adapters.web.support.Json;
import com.partnerdesk.adapters.web.support.Requests;
import com.partnerdesk.adapters.web.support.Resource;
import com.partnerdesk.application.port.in.EscalationMetricsUseCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The escalation-quality report: {@code GET /api/v1/reports/escalations?since=}. */
public final class ReportRoutes implements Resource {
    private final EscalationMetricsUseCase metrics;
    private final Json json;

    public ReportRoutes(EscalationMetricsUseCase metrics, Json json) {
        this.metrics = metrics;
        this.json = json;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get(Requests.API + "/reports/escalations", this::escalations, AGENTS);
    }

    private void escalations(Context ctx) {
        Inputs q = Inputs.query(ctx);
        var since = q.instant("since");
        q.check();
        json.respond(ctx, 200, ReportJson.of(metrics.report(Requests.caller(ctx), since)));
    }
}
