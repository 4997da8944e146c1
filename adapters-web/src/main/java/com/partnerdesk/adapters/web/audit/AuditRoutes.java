package com.partnerdesk.adapters.web.audit;

import static com.partnerdesk.adapters.web.support.WebRole.AGENTS;

import com.partnerdesk.adapters.web.support.Inputs;
import com.partnerdesk.adapters.web.support.Json;
import com.partnerdesk.adapters.web.support.Requests;
import com.partnerdesk.adapters.web.support.Resource;
import com.partnerdesk.application.port.in.AuditUseCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The audit trail, for those allowed to read it: {@code GET /api/v1/audit?since=}. */
public final class AuditRoutes implements Resource {
    static final int READ_ALL = 10_000;

    private final AuditUseCase audit;
    private final Json json;

    public AuditRoutes(AuditUseCase audit, Json json) {
        this.audit = audit;
        this.json = json;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get(Requests.API + "/audit", this::list, AGENTS);
    }

    private void list(Context ctx) {
        Inputs q = Inputs.query(ctx);
        var since = q.instant("since");
        Json.Paging paging = Json.Paging.of(ctx);
        q.check();
        var events = audit.since(Requests.caller(ctx), since, READ_ALL);
        json.respond(ctx, 200, paging.page(events.stream().map(AuditJson::of).toList()));
    }
}
