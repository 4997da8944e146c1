package com.partnerdesk.adapters.web.servicerequests;

import static com.partnerdesk.adapters.web.support.WebRole.AGENTS;

import com.partnerdesk.adapters.web.support.ErrorMapper;
import com.partnerdesk.adapters.web.support.FormState;
import com.partnerdesk.adapters.web.support.Inputs;
import com.partnerdesk.adapters.web.support.Json;
import com.partnerdesk.adapters.web.support.Pages;
import com.partnerdesk.adapters.web.support.Problem;
import com.partnerdesk.adapters.web.support.Requests;
import com.partnerdesk.adapters.web.support.Resource;
import com.partnerdesk.application.error.ConflictException;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.DeliverServiceRequestsUseCase;
import com.partnerdesk.application.port.in.ReferenceDataUseCase;
import com.partnerdesk.application.port.in.ServiceRequestView;
import com.partnerdesk.application.port.in.ServiceRequestsUseCase;
import com.partnerdesk.domain.catalogue.ProductFamily;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.servicerequest.IllegalServiceRequestTransitionException;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Service requests: the list, one request (on the portal path with the prefilled request and the number form), the
 * agent's note or status, the vendor's number; the same under /api/v1, with the support topics requests are filed
 * under.
 */
public final class ServiceRequestRoutes implements Resource {
    static final int LISTED = 500;
    static final int READ_ALL = 10_000;

    private final ServiceRequestsUseCase requests;
    private final DeliverServiceRequestsUseCase delivery;
    private final ReferenceDataUseCase reference;
    private final Pages pages;
    private final Json json;

    public ServiceRequestRoutes(ServiceRequestsUseCase requests, DeliverServiceRequestsUseCase delivery,
                                ReferenceDataUseCase reference, Pages pages, Json json) {
        this.requests = requests;
        this.delivery = delivery;
        this.reference = reference;
        this.pages = pages;
        this.json = json;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/service-requests", this::listPage, AGENTS);
        r.get("/service-requests/{id}", this::requestPage, AGENTS);
        r.post("/service-requests/{id}", this::updateForm, AGENTS);
        r.post("/service-requests/{id}/vendor-number", this::vendorNumberForm, AGENTS);

        String base = Requests.API;
        r.get(base + "/service-requests", this::list, AGENTS);
        r.get(base + "/service-requests/{id}", this::get, AGENTS);
        r.patch(base + "/service-requests/{id}", this::update, AGENTS);
        r.post(base + "/service-requests/{id}/vendor-number", this::vendorNumber, AGENTS);
        r.get(base + "/support-topics", this::supportTopics, AGENTS);
    }

    // --- pages --------------------------------------------------------------------------------

    private void listPage(Context ctx) {
        Inputs q = Inputs.query(ctx);
        Optional<ServiceRequestStatus> status = q.enumValue("status", ServiceRequestStatus.class);
        q.check();
        var list = requests.list(Requests.caller(ctx), status, 0, LISTED);
        pages.render(ctx, 200, "servicerequests/requests.jte", Map.of("page", pages.page(ctx, "Service requests",
                "requests"), "requests", list, "status", status.map(Enum::name).orElse("")));
    }

    private void requestPage(Context ctx) {
        var view = requests.get(Requests.caller(ctx), Inputs.serviceRequestId(ctx.pathParam("id")));
        renderRequest(ctx, 200, view, "", List.of(), FormState.NONE);
    }

    /** The request page: on the portal path also the prefilled request, the dashboard link and the number form. */
    private void renderRequest(Context ctx, int status, ServiceRequestView view, String vendorNumber,
                               List<Problem.Fault> errors, FormState form) {
        var page = pages.page(ctx, view.title(), "requests");
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        params.put("r", view);
        params.put("mayUpdate", page.abilities().mayUpdateServiceRequest(ProductFamily.valueOf(view.productFamily())));
        params.put("vendorNumber", vendorNumber);
        params.put("errors", errors);
        params.put("form", form);
        pages.render(ctx, status, "servicerequests/request.jte", params);
    }

    private void updateForm(Context ctx) {
        Caller caller = Requests.caller(ctx);
        ServiceRequestId id = Inputs.serviceRequestId(ctx.pathParam("id"));
        Inputs in = pages.form(ctx);
        try {
            requests.update(ServiceRequestInput.update(in, caller, id));
            pages.done(ctx, "/service-requests/" + id.value(), "Service request updated; the vendor gets it with the "
                    + "next delivery.");
        } catch (InvalidInputException | InvalidValueException | ConflictException
                 | IllegalServiceRequestTransitionException refused) {
            Problem problem = new ErrorMapper().map(refused);
            FormState form = FormState.refused("update", in, List.of("newNote", "status"), problem.errors(),
                    Map.of("newNote", "New note", "status", "Status"),
                    problem.errors().isEmpty() ? "The request was not updated: " + problem.detail() : "");
            renderRequest(ctx, problem.status(), requests.get(caller, id), "", List.of(), form);
        }
    }

    /**
     * The agent records the number the vendor gave the request it filed in the vendor's portal. A number that cannot
     * be the vendor's, or one that contradicts the number already recorded, is shown beside the field, with what the
     * agent typed; a role that may not update the request gets the Forbidden page (and the denial is audited).
     */
    private void vendorNumberForm(Context ctx) {
        Caller caller = Requests.caller(ctx);
        ServiceRequestId id = Inputs.serviceRequestId(ctx.pathParam("id"));
        Inputs in = pages.form(ctx);
        try {
            delivery.recordVendorNumber(caller, id, ServiceRequestInput.vendorRequestNumber(in));
            pages.done(ctx, "/service-requests/" + id.value(), "Vendor's request number recorded");
        } catch (InvalidInputException | InvalidValueException | ConflictException refused) {
            Problem problem = new ErrorMapper().map(refused);
            List<Problem.Fault> errors = problem.errors().isEmpty()
                    ? List.of(Problem.Fault.field("vendorRequestNumber", problem.detail())) : problem.errors();
            renderRequest(ctx, problem.status(), requests.get(caller, id), in.raw("vendorRequestNumber"), errors,
                    FormState.NONE);
        }
    }

    // --- API ----------------------------------------------------------------------------------

    private void list(Context ctx) {
        Inputs q = Inputs.query(ctx);
        Optional<ServiceRequestStatus> status = q.enumValue("status", ServiceRequestStatus.class);
        Json.Paging paging = Json.Paging.of(ctx);
        q.check();
        List<ServiceRequestView> all = requests.list(Requests.caller(ctx), status, 0, READ_ALL);
        json.respond(ctx, 200, paging.page(all.stream().map(ServiceRequestJson::of).toList()));
    }

    private void get(Context ctx) {
        json.respond(ctx, 200, ServiceRequestJson.of(requests.get(Requests.caller(ctx),
                Inputs.serviceRequestId(ctx.pathParam("id")))));
    }

    private void update(Context ctx) {
        ServiceRequestId id = Inputs.serviceRequestId(ctx.pathParam("id"));
        ServiceRequestView view = requests.update(ServiceRequestInput.update(json.body(ctx), Requests.caller(ctx), id));
        json.respond(ctx, 200, ServiceRequestJson.of(view));
    }

    /**
     * The portal path: the agent filed the request in the vendor's portal and records the vendor's number, which
     * completes delivery. Body {@code {vendorRequestNumber}}; the same number again is a 200 that changes nothing.
     */
    private void vendorNumber(Context ctx) {
        ServiceRequestId id = Inputs.serviceRequestId(ctx.pathParam("id"));
        String number = ServiceRequestInput.vendorRequestNumber(json.body(ctx));
        json.respond(ctx, 200, ServiceRequestJson.of(delivery.recordVendorNumber(Requests.caller(ctx), id, number)));
    }

    private void supportTopics(Context ctx) {
        Inputs q = Inputs.query(ctx);
        Optional<ProductFamily> family = q.enumValue("productFamily", ProductFamily.class);
        Json.Paging paging = Json.Paging.of(ctx);
        q.check();
        var topics = reference.supportTopics(Requests.caller(ctx), family);
        json.respond(ctx, 200, paging.page(topics.stream().map(ServiceRequestJson::supportTopicJson).toList()));
    }
}
