package com.partnerdesk.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerdesk.application.port.in.Caller;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.List;
import java.util.Map;

/**
 * What a resource's controller in a package of its own ({@code web.settings}, ...) takes from the server: who is
 * asking, the page frame and its templates, JSON in and out, the If-Match version and the faults of a refused input.
 * Authentication, CSRF, security headers and the exception mapping stay with {@link WebServer}.
 */
public final class WebKit {
    /** Any signed-in agent: the use cases refuse, and audit, what a role may not do. */
    public static final RouteRole[] AGENTS = WebRole.AGENTS;

    private final WebServer server;
    private final UiController ui;
    private final ApiController api;

    WebKit(WebServer server, UiController ui, ApiController api) {
        this.server = server;
        this.ui = ui;
        this.api = api;
    }

    public Caller caller(Context ctx) {
        return WebServer.caller(ctx);
    }

    /** The layout's frame for a page of {@code section} (the navigation entry it highlights). */
    public Page page(Context ctx, String title, String section) {
        return ui.page(ctx, title, section);
    }

    public void render(Context ctx, int status, String template, Map<String, Object> params) {
        ui.render(ctx, status, template, params);
    }

    public void json(Context ctx, int status, Object body) {
        ctx.status(status);
        ctx.contentType("application/json");
        ctx.result(server.json(body));
    }

    /** The request's JSON object ({} when empty); a body of another type is a 415, malformed JSON a 400. */
    public JsonNode jsonBody(Context ctx) {
        return api.jsonObject(ctx);
    }

    /** The version an API write expects, from If-Match; a missing one is a 428. */
    public long ifMatch(Context ctx) {
        return ApiController.expectedVersion(ctx);
    }

    /** The version a form carries in its hidden "version" field; a missing one is a 428. */
    public long formVersion(Context ctx) {
        return UiController.formVersion(new Inputs(ctx::formParam));
    }

    /** The field faults of a refused input, as a form shows them beside its fields. */
    public List<Problem.Fault> faults(RuntimeException invalid) {
        return new ErrorMapper().map(invalid).errors();
    }
}
