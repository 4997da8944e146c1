package com.partnerdesk.adapters.web.customerupdates;

import static com.partnerdesk.adapters.web.support.WebRole.AGENTS;

import com.partnerdesk.adapters.web.support.Inputs;
import com.partnerdesk.adapters.web.support.Json;
import com.partnerdesk.adapters.web.support.Pages;
import com.partnerdesk.adapters.web.support.Requests;
import com.partnerdesk.adapters.web.support.Resource;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.port.in.SendCustomerUpdateCommand;
import com.partnerdesk.application.port.in.SendCustomerUpdateUseCase;
import com.partnerdesk.application.port.in.SendCustomerUpdateUseCase.CustomerUpdateReport;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Customer updates mailed to customers' contacts: to one case's customer ({@code POST /cases/{id}/customer-updates},
 * the case page's form, and the API's), and, for an outage, to every customer whose open case is linked to one health
 * issue or in one cluster ({@code POST /api/v1/customer-updates} with {@code healthIssueId} or {@code clusterId}).
 */
public final class CustomerUpdateRoutes implements Resource {
    private final SendCustomerUpdateUseCase updates;
    private final Pages pages;
    private final Json json;

    public CustomerUpdateRoutes(SendCustomerUpdateUseCase updates, Pages pages, Json json) {
        this.updates = updates;
        this.pages = pages;
        this.json = json;
    }

    @Override
    public void register(RoutesConfig r) {
        r.post("/cases/{id}/customer-updates", this::caseForm, AGENTS);
        r.post(Requests.API + "/cases/{id}/customer-updates", this::toCase, AGENTS);
        r.post(Requests.API + "/customer-updates", this::toOutage, AGENTS);
    }

    private static CaseId caseId(Context ctx) {
        try {
            return CaseId.of(ctx.pathParam("id"));
        } catch (InvalidValueException notAnId) {
            throw new NotFoundException("Case", ctx.pathParam("id"));
        }
    }

    private void caseForm(Context ctx) {
        Inputs in = pages.form(ctx);
        CaseId id = caseId(ctx);
        CustomerUpdateReport report = updates.send(command(ctx, in, new SendCustomerUpdateCommand.OneCase(id)));
        pages.done(ctx, "/cases/" + id.value(), "Update mailed to " + report.customers().get(0).mailedTo().orElse("")
                + " and recorded on the case.");
    }

    private void toCase(Context ctx) {
        CaseId id = caseId(ctx);
        Inputs in = json.body(ctx);
        json.respond(ctx, 200, json(updates.send(command(ctx, in, new SendCustomerUpdateCommand.OneCase(id)))));
    }

    /** Exactly one of {@code healthIssueId} and {@code clusterId} names the outage. */
    private void toOutage(Context ctx) {
        Inputs in = json.body(ctx);
        Optional<String> issue = in.text("healthIssueId");
        Optional<String> cluster = in.text("clusterId");
        if (issue.isPresent() == cluster.isPresent()) {
            throw InvalidInputException.of(issue.isPresent() ? "clusterId" : "healthIssueId",
                    "name the outage with exactly one of healthIssueId and clusterId");
        }
        SendCustomerUpdateCommand.Audience audience = issue.isPresent()
                ? new SendCustomerUpdateCommand.HealthIssue(in.value("healthIssueId",
                        () -> HealthIssueId.of(issue.get())).orElse(null))
                : new SendCustomerUpdateCommand.Cluster(in.value("clusterId",
                        () -> ClusterId.of(cluster.get())).orElse(null));
        in.check();
        json.respond(ctx, 200, json(updates.send(command(ctx, in, audience))));
    }

    private static SendCustomerUpdateCommand command(Context ctx, Inputs in, SendCustomerUpdateCommand.Audience audience) {
        String subject = in.required(SendCustomerUpdateCommand.SUBJECT);
        String text = in.required(SendCustomerUpdateCommand.TEXT);
        in.check();
        return new SendCustomerUpdateCommand(Requests.caller(ctx), audience, subject, text);
    }

    static Map<String, Object> json(CustomerUpdateReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("customers", report.customers().stream().map(c -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("tenantId", c.tenantId().value());
            one.put("customerName", c.customerName());
            one.put("caseIds", c.caseIds().stream().map(CaseId::value).toList());
            one.put("mailedTo", c.mailedTo().orElse(null));
            return one;
        }).toList());
        m.put("mailed", report.mailed());
        return m;
    }
}
