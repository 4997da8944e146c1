package com.partnerdesk.adapters.web.health;

import static com.partnerdesk.adapters.web.support.WebRole.AGENTS;

import com.partnerdesk.adapters.web.support.Inputs;
import com.partnerdesk.adapters.web.support.Json;
import com.partnerdesk.adapters.web.support.Pages;
import com.partnerdesk.adapters.web.support.Requests;
import com.partnerdesk.adapters.web.support.Resource;
import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.port.in.HealthIssuesUseCase;
import com.partnerdesk.application.port.in.HealthSyncStatusUseCase;
import com.partnerdesk.domain.health.HealthIssueId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/**
 * Service health: the board of active issues (with whom each affects), the administrators' list of every issue, each
 * customer's last health sync, and both as JSON.
 */
public final class HealthRoutes implements Resource {
    /** How many issues a page lists, and how many the API pages through. */
    static final int LISTED = 500;
    static final int READ_ALL = 10_000;

    private final HealthIssuesUseCase health;
    private final HealthSyncStatusUseCase sync;
    private final Pages pages;
    private final Json json;

    public HealthRoutes(HealthIssuesUseCase health, HealthSyncStatusUseCase sync, Pages pages, Json json) {
        this.health = health;
        this.sync = sync;
        this.pages = pages;
        this.json = json;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/health", this::board, AGENTS);
        r.get("/health/sync", this::syncPage, AGENTS);
        r.get("/admin/health-issues", this::adminList, AGENTS);
        r.get(Requests.API + "/health/issues", this::list, AGENTS);
        r.get(Requests.API + "/health/issues/{id}", this::issue, AGENTS);
        r.get(Requests.API + "/health/sync", this::syncList, AGENTS);
    }

    private void board(Context ctx) {
        boolean all = "all".equals(ctx.queryParam("show"));
        var issues = health.board(Requests.caller(ctx), !all, Optional.empty(), LISTED);
        pages.render(ctx, 200, "health/health.jte", Map.of("page", pages.page(ctx, "Service health", "health"),
                "issues", issues, "showAll", all, "admin", false));
    }

    private void adminList(Context ctx) {
        var issues = health.board(Requests.caller(ctx), false, Optional.empty(), LISTED);
        pages.render(ctx, 200, "health/health.jte", Map.of("page", pages.page(ctx, "Health issues", "admin"),
                "issues", issues, "showAll", true, "admin", true));
    }

    private void list(Context ctx) {
        Inputs q = Inputs.query(ctx);
        boolean active = q.flag("active");
        Optional<String> service = q.text("service");
        Json.Paging paging = Json.Paging.of(ctx);
        q.check();
        var issues = health.board(Requests.caller(ctx), active, service, READ_ALL);
        json.respond(ctx, 200, paging.page(issues.stream().map(HealthIssueJson::of).toList()));
    }

    /** Each customer's last health sync: when, how many issues it brought, the last failure in words. */
    private void syncPage(Context ctx) {
        var statuses = sync.statuses(Requests.caller(ctx));
        pages.render(ctx, 200, "health/healthsync.jte", Map.of("page", pages.page(ctx, "Health sync", "health"),
                "statuses", statuses));
    }

    private void syncList(Context ctx) {
        Json.Paging paging = Json.Paging.of(ctx);
        var statuses = sync.statuses(Requests.caller(ctx));
        json.respond(ctx, 200, paging.page(statuses.stream().map(HealthIssueJson::of).toList()));
    }

    private void issue(Context ctx) {
        String raw = ctx.pathParam("id");
        HealthIssueId id = Inputs.none().value("id", () -> HealthIssueId.of(raw))
                .orElseThrow(() -> new NotFoundException("Health issue", raw));
        json.respond(ctx, 200, HealthIssueJson.of(health.get(Requests.caller(ctx), id)));
    }
}
