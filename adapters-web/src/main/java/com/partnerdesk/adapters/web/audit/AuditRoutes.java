package com.partnerdesk.adapters.web.audit;

import static com.partnerdesk.adapters.web.support.WebRole.AGENTS;

import com.partnerdesk.adapters.web.support.Inputs;
import com.partnerdesk.adapters.web.support.Json;
import com.partnerdesk.adapters.web.support.Page;
import com.partnerdesk.adapters.web.support.Pages;
import com.partnerdesk.adapters.web.support.Requests;
import com.partnerdesk.adapters.web.support.Resource;
import com.partnerdesk.application.error.InputFault;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.port.in.AuditSearch;
import com.partnerdesk.application.port.in.AuditUseCase;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.CustomersUseCase;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The audit trail, for those allowed to read it: the page {@code /audit} (filters by agent, customer, case, action,
 * outcome and time, newest first), its CSV export {@code /audit/export.csv} (the same filters, oldest first, recorded
 * in the trail), and {@code GET /api/v1/audit} (the same filters, oldest first, paged).
 */
public final class AuditRoutes implements Resource {
    static final int READ_ALL = 10_000;
    /** The page shows the newest 200 events that match; the export carries them all. */
    static final int PAGE_LIMIT = 200;
    static final List<String> CSV_COLUMNS = List.of("at", "actor", "actorKind", "roles", "action", "tenantId", "caseId",
            "channel", "outcome", "detail");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final AuditUseCase audit;
    private final CustomersUseCase customers;
    private final Pages pages;
    private final Json json;
    private final Clock clock;

    public AuditRoutes(AuditUseCase audit, CustomersUseCase customers, Pages pages, Json json, Clock clock) {
        this.audit = audit;
        this.customers = customers;
        this.pages = pages;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/audit", this::page, AGENTS);
        r.get("/audit/export.csv", this::export, AGENTS);
        r.get(Requests.API + "/audit", this::list, AGENTS);
    }

    private void page(Context ctx) {
        Caller caller = Requests.caller(ctx);
        List<String> actions = audit.actions(caller); // refuses (and records) an agent who may not read the trail
        Inputs q = Inputs.query(ctx, pages.zone(ctx));
        List<AuditEvent> events = List.of();
        Map<String, String> faults = new LinkedHashMap<>();
        try {
            events = audit.find(caller, AuditInput.read(q, true, PAGE_LIMIT + 1));
        } catch (InvalidInputException refused) {
            for (InputFault f : refused.faults()) {
                faults.merge(f.location(), f.message(), (a, b) -> a + "; " + b);
            }
        }
        Page page = pages.page(ctx, "Audit trail", "audit");
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : List.of("agent", "tenantId", "caseId", "action", "outcome", "from", "until")) {
            typed.put(field, q.raw(field));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("page", page);
        params.put("view", new AuditPage(typed, faults, events.stream().limit(PAGE_LIMIT).toList(),
                events.size() > PAGE_LIMIT, actions, customers.list(caller), ctx.queryString()));
        pages.render(ctx, 200, "audit/audit.jte", params);
    }

    private void export(Context ctx) {
        Caller caller = Requests.caller(ctx);
        AuditSearch search = AuditInput.read(Inputs.query(ctx, pages.zone(ctx)), false, AuditSearch.MAX_LIMIT);
        List<AuditEvent> events = audit.export(caller, search);
        StringBuilder csv = new StringBuilder(FormulaSafeCsv.line(CSV_COLUMNS));
        for (AuditEvent e : events) {
            csv.append(FormulaSafeCsv.line(cells(e)));
        }
        ctx.status(200);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"partnerdesk-audit-" + FILE_TIME.format(clock.instant())
                + ".csv\"");
        ctx.result(csv.toString());
    }

    static List<String> cells(AuditEvent e) {
        return List.of(e.at().toString(), e.actor(), e.actorKind(),
                e.roles().stream().map(Role::name).sorted().collect(Collectors.joining(";")), e.action(),
                e.customer().map(TenantId::value).orElse(""), e.caseId().map(CaseId::value).orElse(""),
                e.channel().name(), e.outcome().name(), e.detail());
    }

    private void list(Context ctx) {
        Inputs q = Inputs.query(ctx);
        Json.Paging paging = Json.Paging.of(ctx);
        AuditSearch search = AuditInput.read(q, false, READ_ALL);
        var events = audit.find(Requests.caller(ctx), search);
        json.respond(ctx, 200, paging.page(events.stream().map(AuditJson::of).toList()));
    }
}
