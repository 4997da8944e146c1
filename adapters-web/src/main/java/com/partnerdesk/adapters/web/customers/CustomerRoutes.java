package com.partnerdesk.adapters.web.customers;

import static com.partnerdesk.adapters.web.support.WebRole.AGENTS;

import com.partnerdesk.adapters.web.support.Inputs;
import com.partnerdesk.adapters.web.support.Json;
import com.partnerdesk.adapters.web.support.Pages;
import com.partnerdesk.adapters.web.support.Requests;
import com.partnerdesk.adapters.web.support.Resource;
import com.partnerdesk.application.port.in.CustomerOverview;
import com.partnerdesk.application.port.in.CustomerOverviewUseCase;
import com.partnerdesk.application.port.in.CustomersUseCase;
import com.partnerdesk.domain.customer.Customer;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** Customers: the list and one customer's page (its cases, service requests and health), and the same as JSON. */
public final class CustomerRoutes implements Resource {
    /** How many cases and service requests a customer's page lists. */
    static final int LISTED = 200;

    private final CustomersUseCase customers;
    private final CustomerOverviewUseCase overview;
    private final Pages pages;
    private final Json json;

    public CustomerRoutes(CustomersUseCase customers, CustomerOverviewUseCase overview, Pages pages, Json json) {
        this.customers = customers;
        this.overview = overview;
        this.pages = pages;
        this.json = json;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/customers", this::listPage, AGENTS);
        r.get("/customers/{tenantId}", this::customerPage, AGENTS);
        r.get(Requests.API + "/customers", this::list, AGENTS);
        r.get(Requests.API + "/customers/{tenantId}", this::customer, AGENTS);
    }

    private void listPage(Context ctx) {
        List<Customer> all = customers.list(Requests.caller(ctx));
        pages.render(ctx, 200, "customers/customers.jte", Map.of("page", pages.page(ctx, "Customers", "customers"),
                "customers", all));
    }

    private void customerPage(Context ctx) {
        CustomerOverview o = overview.overview(Requests.caller(ctx), Inputs.tenantId(ctx.pathParam("tenantId")), LISTED);
        pages.render(ctx, 200, "customers/customer.jte", Map.of("page", pages.page(ctx, o.customer().name(), "customers"),
                "customer", o.customer(), "cases", o.cases(), "requests", o.serviceRequests(), "unlinked",
                o.unlinkedVendorRequests(), "issues", o.activeIssues()));
    }

    private void list(Context ctx) {
        Json.Paging paging = Json.Paging.of(ctx);
        List<Customer> all = customers.list(Requests.caller(ctx));
        json.respond(ctx, 200, paging.page(all.stream().map(CustomerJson::of).toList()));
    }

    private void customer(Context ctx) {
        Customer c = customers.get(Requests.caller(ctx), Inputs.tenantId(ctx.pathParam("tenantId")));
        json.respond(ctx, 200, CustomerJson.of(c));
    }
}
