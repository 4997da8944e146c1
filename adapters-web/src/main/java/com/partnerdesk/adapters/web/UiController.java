package com.partnerdesk.adapters.web;

import static com.partnerdesk.adapters.web.WebRole.AGENTS;
import static com.partnerdesk.adapters.web.WebRole.ANYONE;

import com.partnerdesk.application.error.NotAuthenticatedException;
import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.port.in.AddNoteCommand;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.CloseCaseCommand;
import com.partnerdesk.application.port.in.EscalateCaseCommand;
import com.partnerdesk.application.port.in.OpenCaseCommand;
import com.partnerdesk.application.port.in.ReadinessQuery;
import com.partnerdesk.application.port.in.ReopenCaseCommand;
import com.partnerdesk.application.port.in.ResolveCaseCommand;
import com.partnerdesk.application.port.in.ServiceRequestView;
import com.partnerdesk.application.port.in.TriageCaseCommand;
import com.partnerdesk.application.port.in.UpdateServiceRequestCommand;
import com.partnerdesk.application.port.out.CasePage;
import com.partnerdesk.application.port.out.CaseQuery;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.audit.Channel;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.Impact;
import com.partnerdesk.domain.cases.NoteKind;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.UsersAffected;
import com.partnerdesk.domain.catalogue.ProductFamily;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.escalation.EscalationDraft;
import com.partnerdesk.domain.escalation.Evidence;
import com.partnerdesk.domain.escalation.ReadinessReport;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import com.partnerdesk.domain.servicerequest.Severity;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The agents' pages: plain server-rendered HTML forms that work without JavaScript. */
final class UiController {
    private final WebDependencies deps;
    private final TemplateEngine templates;
    private final WebServer server;
    private final byte[] css;

    UiController(WebDependencies deps, TemplateEngine templates, WebServer server) {
        this.deps = deps;
        this.templates = templates;
        this.server = server;
        this.css = readResource("/static/desk.css");
    }

    void register(RoutesConfig r) {
        r.get("/static/desk.css", this::css, ANYONE);
        r.get("/sign-in", this::signInPage, ANYONE);
        r.post("/sign-in", this::signIn, ANYONE);
        r.post("/sign-out", this::signOut, AGENTS);
        r.get("/", ctx -> ctx.redirect("/cases", HttpStatus.SEE_OTHER), AGENTS);
        r.get("/health", this::healthBoard, AGENTS);
        r.get("/customers", this::customers, AGENTS);
        r.get("/customers/{tenantId}", this::customer, AGENTS);
        r.get("/customers/{tenantId}/cases/new", this::newCaseForm, AGENTS);
        r.post("/customers/{tenantId}/cases", this::openCase, AGENTS);
        r.get("/cases", this::queue, AGENTS);
        r.get("/cases/{id}", this::casePage, AGENTS);
        r.post("/cases/{id}/notes", this::addNote, AGENTS);
        r.post("/cases/{id}/triage", this::triage, AGENTS);
        r.post("/cases/{id}/escalation", this::escalate, AGENTS);
        r.post("/cases/{id}/resolve", this::resolve, AGENTS);
        r.post("/cases/{id}/close", this::close, AGENTS);
        r.post("/cases/{id}/reopen", this::reopen, AGENTS);
        r.get("/service-requests", this::serviceRequests, AGENTS);
        r.get("/service-requests/{id}", this::serviceRequest, AGENTS);
        r.post("/service-requests/{id}", this::updateServiceRequest, AGENTS);
        r.post("/service-requests/{id}/vendor-number", this::recordVendorNumber, AGENTS);
        r.get("/admin/agents", this::agents, AGENTS);
        r.post("/admin/agents", this::addAgent, AGENTS);
        r.post("/admin/agents/disable", this::disableAgent, AGENTS);
        r.post("/admin/agents/roles", this::changeAgentRoles, AGENTS);
        r.post("/admin/agents/password", this::resetAgentPassword, AGENTS);
        r.get("/admin/health-issues", this::healthIssuesAdmin, AGENTS);
    }

    // --- sign-in ------------------------------------------------------------------------------

    private void css(Context ctx) {
        ctx.contentType("text/css; charset=utf-8");
        ctx.header("Cache-Control", "max-age=3600");
        ctx.result(css);
    }

    private void signInPage(Context ctx) {
        if (WebServer.optionalCaller(ctx).isPresent()) {
            ctx.redirect("/cases", HttpStatus.SEE_OTHER);
            return;
        }
        String token = server.sessions().randomToken();
        server.setCookie(ctx, WebServer.SIGN_IN_CSRF_COOKIE, token, 3600);
        render(ctx, 200, "signin.jte", Map.of("page", anonymousPage("Sign in", token), "email", "", "error", "",
                "noAgentYet", deps.authenticate().noAgentYet()));
    }

    /** How long a browser an agent signed in with is remembered for the sign-in limits (ADR 0014). */
    private static final long TRUSTED_BROWSER_SECONDS = 180L * 24 * 3600;

    private void signIn(Context ctx) {
        server.checkOrigin(ctx);
        WebServer.checkCsrfToken(ctx.formParam(WebServer.CSRF_FIELD), ctx.cookie(WebServer.SIGN_IN_CSRF_COOKIE));
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("").strip();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        String browser = ctx.cookie(SignInLimiter.TRUSTED_BROWSER_COOKIE);
        Actor.AgentActor agent;
        try {
            agent = server.signInLimiter().attempt(email, ctx.ip(), browser,
                    () -> deps.authenticate().signIn(email, password.toCharArray(), Channel.WEB));
        } catch (NotAuthenticatedException e) {
            String token = server.sessions().randomToken();
            server.setCookie(ctx, WebServer.SIGN_IN_CSRF_COOKIE, token, 3600);
            render(ctx, 401, "signin.jte", Map.of("page", anonymousPage("Sign in", token), "email", email,
                    "error", e.getMessage(), "noAgentYet", deps.authenticate().noAgentYet()));
            return;
        }
        if (!server.signInLimiter().trusts(browser, agent.email().value())) {
            server.setCookie(ctx, SignInLimiter.TRUSTED_BROWSER_COOKIE,
                    server.signInLimiter().trustedBrowserCookie(agent.email().value()), TRUSTED_BROWSER_SECONDS);
        }
        String old = ctx.cookie(WebServer.SESSION_COOKIE);
        server.sessions().invalidate(old);
        SessionStore.Session session = server.sessions().create(agent.agentId());
        server.setCookie(ctx, WebServer.SESSION_COOKIE, session.id(), server.settings().sessionAbsoluteTimeout().toSeconds());
        server.setCookie(ctx, WebServer.SIGN_IN_CSRF_COOKIE, "", 0);
        ctx.redirect("/cases", HttpStatus.SEE_OTHER);
    }

    private void signOut(Context ctx) {
        server.sessions().invalidate(ctx.cookie(WebServer.SESSION_COOKIE));
        server.setCookie(ctx, WebServer.SESSION_COOKIE, "", 0);
        ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
    }

    // --- health, customers --------------------------------------------------------------------

    private void healthBoard(Context ctx) {
        Caller caller = WebServer.caller(ctx);
        boolean all = "all".equals(ctx.queryParam("show"));
        var issues = deps.healthIssues().list(caller, !all, Optional.empty(), 500);
        render(ctx, 200, "health.jte", Map.of("page", page(ctx, "Service health", "health"), "issues", issues,
                "showAll", all, "admin", false));
    }

    private void healthIssuesAdmin(Context ctx) {
        Caller caller = WebServer.caller(ctx);
        var issues = deps.healthIssues().list(caller, false, Optional.empty(), 500);
        render(ctx, 200, "health.jte", Map.of("page", page(ctx, "Health issues", "admin"), "issues", issues,
                "showAll", true, "admin", true));
    }

    private void customers(Context ctx) {
        List<Customer> customers = deps.customers().list(WebServer.caller(ctx));
        render(ctx, 200, "customers.jte", Map.of("page", page(ctx, "Customers", "customers"), "customers", customers));
    }

    private void customer(Context ctx) {
        Caller caller = WebServer.caller(ctx);
        Customer customer = deps.customers().get(caller, Inputs.tenantId(ctx.pathParam("tenantId")));
        CasePage cases = deps.findCases().search(caller, new CaseQuery(Optional.empty(), Optional.of(customer.tenantId()),
                Optional.empty(), Optional.empty(), false, Optional.empty(), 0, CaseQuery.MAX_LIMIT));
        List<ServiceRequestView> requests = deps.serviceRequests().list(caller, Optional.empty(), 0, 10_000).stream()
                .filter(r -> r.customerTenantId().equals(customer.tenantId().value())).toList();
        var issues = deps.healthIssues().list(caller, true, Optional.empty(), 500).stream()
                .filter(i -> i.coversLocation(customer.cloud(), customer.region())).toList();
        render(ctx, 200, "customer.jte", Map.of("page", page(ctx, customer.name(), "customers"), "customer", customer,
                "cases", cases.items(), "requests", requests, "issues", issues));
    }

    private void newCaseForm(Context ctx) {
        Customer customer = deps.customers().get(WebServer.caller(ctx), Inputs.tenantId(ctx.pathParam("tenantId")));
        Map<String, String> values = new HashMap<>();
        values.put("startedAt", Fmt.inputTime(deps.clock().instant()));
        renderNewCase(ctx, 200, customer, values, List.of());
    }

    private void renderNewCase(Context ctx, int status, Customer customer, Map<String, String> values,
                               List<Problem.Fault> errors) {
        Map<String, String> v = new HashMap<>(values);
        v.putIfAbsent("idempotencyKey", java.util.UUID.randomUUID().toString());
        render(ctx, status, "newcase.jte", Map.of("page", page(ctx, "New case for " + customer.name(), "customers"),
                "customer", customer, "v", v, "errors", errors));
    }

    private void openCase(Context ctx) {
        Caller caller = WebServer.caller(ctx);
        TenantId tenant = Inputs.tenantId(ctx.pathParam("tenantId"));
        Customer customer = deps.customers().get(caller, tenant);
        Inputs in = form(ctx);
        try {
            String service = in.required("service");
            String title = in.text("title").orElse(null);
            String description = in.text("description").orElse(null);
            Instant startedAt = formInstant(in, "startedAt", true);
            UsersAffected users = in.requiredEnum("usersAffected", UsersAffected.class);
            Impact impact = in.requiredEnum("impact", Impact.class);
            SymptomClassification classification = in.requiredEnum("classification", SymptomClassification.class);
            in.check();
            CaseView view = deps.openCase().open(new OpenCaseCommand(caller, tenant, service, title, description,
                    startedAt, users, impact, classification, in.text("idempotencyKey")));
            ctx.redirect("/cases/" + view.id().value(), HttpStatus.SEE_OTHER);
        } catch (com.partnerdesk.application.error.InvalidInputException
                 | com.partnerdesk.domain.common.InvalidValueException invalid) {
            Problem problem = new ErrorMapper().map(invalid);
            Map<String, String> values = new HashMap<>();
            for (String field : List.of("service", "title", "description", "startedAt", "usersAffected", "impact",
                    "classification", "idempotencyKey")) {
                values.put(field, Optional.ofNullable(ctx.formParam(field)).orElse(""));
            }
            renderNewCase(ctx, 400, customer, values, problem.errors());
        }
    }

    // --- cases --------------------------------------------------------------------------------

    private void queue(Context ctx) {
        Caller caller = WebServer.caller(ctx);
        CaseQuery query = ApiController.caseQuery(ctx);
        CasePage page = deps.findCases().search(caller, query);
        List<Customer> customers = deps.customers().list(caller);
        Map<String, Object> params = new HashMap<>();
        params.put("page", page(ctx, "Case queue", "cases"));
        params.put("result", page);
        params.put("customers", customers);
        params.put("services", deps.referenceData().services(caller));
        params.put("status", query.status().map(Enum::name).orElse(""));
        params.put("customer", query.customer().map(TenantId::value).orElse(""));
        params.put("service", query.service().orElse(""));
        params.put("severity", query.impact().map(Enum::name).orElse(""));
        params.put("attention", query.attentionOnly());
        params.put("q", query.text().orElse(""));
        render(ctx, 200, "queue.jte", params);
    }

    private void casePage(Context ctx) {
        Caller caller = WebServer.caller(ctx);
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        CaseView view = deps.findCases().get(caller, id);
        Inputs in = new Inputs(ctx::queryParam);
        EscalationDraft draft = ctx.queryParamMap().isEmpty()
                ? suggestedDraft(view, deps.customers().get(caller, TenantId.of(view.customerTenantId())))
                : formDraft(in, view);
        in.check();
        Optional<ReadinessReport> readiness = view.status() == CaseStatus.TRIAGED
                ? Optional.of(deps.escalateCase().readiness(new ReadinessQuery(caller, id, draft)))
                : Optional.empty();
        Map<String, Object> params = new HashMap<>();
        params.put("page", page(ctx, view.title(), "cases"));
        params.put("c", view);
        params.put("timeline", TimelineEntry.of(view));
        params.put("readiness", readiness.orElse(null));
        params.put("draft", draft);
        params.put("topics", deps.referenceData().supportTopics(caller, Optional.of(view.productFamily())));
        params.put("issues", view.healthCheck().map(h -> h.activeIssueIds().stream()
                .flatMap(i -> {
                    try {
                        return java.util.stream.Stream.of(deps.healthIssues().get(caller, i));
                    } catch (NotFoundException e) {
                        return java.util.stream.Stream.empty();
                    }
                }).toList()).orElse(List.of()));
        render(ctx, 200, "case.jte", params);
    }

    private void addNote(Context ctx) {
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        Inputs in = form(ctx);
        String text = in.required("text");
        NoteKind kind = in.enumValue("kind", NoteKind.class).orElse(NoteKind.NOTE);
        in.check();
        deps.addNote().addNote(new AddNoteCommand(WebServer.caller(ctx), id, kind, text));
        ctx.redirect("/cases/" + id.value() + "#notes", HttpStatus.SEE_OTHER);
    }

    private void triage(Context ctx) {
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        Inputs in = form(ctx);
        long version = formVersion(in);
        Optional<String> reason = in.text("overrideReason");
        Optional<SymptomClassification> classification = in.enumValue("classification", SymptomClassification.class);
        in.check();
        deps.triageCase().triage(new TriageCaseCommand(WebServer.caller(ctx), id, version, reason, classification));
        ctx.redirect("/cases/" + id.value(), HttpStatus.SEE_OTHER);
    }

    private void escalate(Context ctx) {
        Caller caller = WebServer.caller(ctx);
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        Inputs in = form(ctx);
        long version = formVersion(in);
        CaseView view = deps.findCases().get(caller, id);
        EscalationDraft draft = formDraft(in, view);
        in.check();
        ServiceRequestView request = deps.escalateCase().escalate(new EscalateCaseCommand(caller, id, version, draft,
                in.text("idempotencyKey")));
        ctx.redirect("/service-requests/" + request.id().value(), HttpStatus.SEE_OTHER);
    }

    private void resolve(Context ctx) {
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        Inputs in = form(ctx);
        long version = formVersion(in);
        String resolution = in.required("resolution");
        in.check();
        deps.changeCaseStatus().resolve(new ResolveCaseCommand(WebServer.caller(ctx), id, version, resolution));
        ctx.redirect("/cases/" + id.value(), HttpStatus.SEE_OTHER);
    }

    private void close(Context ctx) {
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        Inputs in = form(ctx);
        long version = formVersion(in);
        in.check();
        deps.changeCaseStatus().close(new CloseCaseCommand(WebServer.caller(ctx), id, version));
        ctx.redirect("/cases/" + id.value(), HttpStatus.SEE_OTHER);
    }

    private void reopen(Context ctx) {
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        Inputs in = form(ctx);
        long version = formVersion(in);
        String reason = in.required("reason");
        in.check();
        deps.changeCaseStatus().reopen(new ReopenCaseCommand(WebServer.caller(ctx), id, version, reason));
        ctx.redirect("/cases/" + id.value(), HttpStatus.SEE_OTHER);
    }

    // --- service requests ---------------------------------------------------------------------

    private void serviceRequests(Context ctx) {
        Inputs q = new Inputs(ctx::queryParam);
        Optional<ServiceRequestStatus> status = q.enumValue("status", ServiceRequestStatus.class);
        q.check();
        var requests = deps.serviceRequests().list(WebServer.caller(ctx), status, 0, 500);
        render(ctx, 200, "requests.jte", Map.of("page", page(ctx, "Service requests", "requests"), "requests", requests,
                "status", status.map(Enum::name).orElse("")));
    }

    private void serviceRequest(Context ctx) {
        Caller caller = WebServer.caller(ctx);
        var view = deps.serviceRequests().get(caller, Inputs.serviceRequestId(ctx.pathParam("id")));
        renderRequest(ctx, 200, caller, view, "", List.of());
    }

    /** The request page: on the portal path also the prefilled request, the dashboard link and the number form. */
    private void renderRequest(Context ctx, int status, Caller caller, ServiceRequestView view, String vendorNumber,
                               List<Problem.Fault> errors) {
        Map<String, Object> params = new HashMap<>();
        params.put("page", page(ctx, view.title(), "requests"));
        params.put("r", view);
        params.put("mayUpdate", POLICY.decide(caller.actor(), com.partnerdesk.domain.agent.Action.UPDATE_SERVICE_REQUEST,
                ProductFamily.valueOf(view.productFamily())).allowed());
        params.put("vendorNumber", vendorNumber);
        params.put("errors", errors);
        render(ctx, status, "request.jte", params);
    }

    /**
     * The agent records the number the vendor gave the request it filed in the vendor's portal. A number that cannot
     * be the vendor's, or one that contradicts the number already recorded, is shown beside the field, with what the
     * agent typed; a role that may not update the request gets the Forbidden page (and the denial is audited).
     */
    private void recordVendorNumber(Context ctx) {
        Caller caller = WebServer.caller(ctx);
        var id = Inputs.serviceRequestId(ctx.pathParam("id"));
        Inputs in = form(ctx);
        try {
            String number = ApiController.vendorRequestNumber(in);
            in.check();
            deps.delivery().recordVendorNumber(caller, id, number);
            ctx.redirect("/service-requests/" + id.value(), HttpStatus.SEE_OTHER);
        } catch (com.partnerdesk.application.error.InvalidInputException
                 | com.partnerdesk.domain.common.InvalidValueException
                 | com.partnerdesk.application.error.ConflictException refused) {
            Problem problem = new ErrorMapper().map(refused);
            List<Problem.Fault> errors = problem.errors().isEmpty()
                    ? List.of(Problem.Fault.field("vendorRequestNumber", problem.detail())) : problem.errors();
            var view = deps.serviceRequests().get(caller, id);
            renderRequest(ctx, problem.status(), caller, view,
                    Optional.ofNullable(ctx.formParam("vendorRequestNumber")).orElse(""), errors);
        }
    }

    private void updateServiceRequest(Context ctx) {
        var id = Inputs.serviceRequestId(ctx.pathParam("id"));
        Inputs in = form(ctx);
        Optional<String> note = in.text("newNote");
        Optional<ServiceRequestStatus> status = in.enumValue("status", ServiceRequestStatus.class);
        if (note.isEmpty() && status.isEmpty()) {
            in.fault("newNote", "give a new note, a status, or both");
        }
        in.check();
        deps.serviceRequests().update(new UpdateServiceRequestCommand(WebServer.caller(ctx), id, note, status, false));
        ctx.redirect("/service-requests/" + id.value(), HttpStatus.SEE_OTHER);
    }

    // --- admin --------------------------------------------------------------------------------

    private void agents(Context ctx) {
        var agents = deps.agents().list(WebServer.caller(ctx));
        render(ctx, 200, "agents.jte", Map.of("page", page(ctx, "Agents", "admin"), "agents", agents,
                "roles", List.of(Role.values())));
    }

    private void addAgent(Context ctx) {
        Inputs in = form(ctx);
        Optional<Email> email = agentEmail(in);
        String name = in.required("name");
        Set<Role> roles = roles(ctx, in);
        Optional<String> password = in.text("password");
        in.check();
        deps.agents().add(WebServer.caller(ctx), email.orElseThrow(), name, roles, password.map(String::toCharArray));
        ctx.redirect("/admin/agents", HttpStatus.SEE_OTHER);
    }

    private void disableAgent(Context ctx) {
        Inputs in = form(ctx);
        Optional<Email> email = agentEmail(in);
        in.check();
        deps.agents().disable(WebServer.caller(ctx), email.orElseThrow());
        ctx.redirect("/admin/agents", HttpStatus.SEE_OTHER);
    }

    private void changeAgentRoles(Context ctx) {
        Inputs in = form(ctx);
        Optional<Email> email = agentEmail(in);
        Set<Role> roles = roles(ctx, in);
        in.check();
        deps.agents().changeRoles(WebServer.caller(ctx), email.orElseThrow(), roles);
        ctx.redirect("/admin/agents", HttpStatus.SEE_OTHER);
    }

    private void resetAgentPassword(Context ctx) {
        Inputs in = form(ctx);
        Optional<Email> email = agentEmail(in);
        String password = in.required("password");
        in.check();
        deps.agents().resetPassword(WebServer.caller(ctx), email.orElseThrow(), password.toCharArray());
        ctx.redirect("/admin/agents", HttpStatus.SEE_OTHER);
    }

    private static Optional<Email> agentEmail(Inputs in) {
        Optional<Email> email = in.text("email").flatMap(v -> in.value("email", () -> Email.of(v)));
        if (in.text("email").isEmpty()) {
            in.fault("email", "is required");
        }
        return email;
    }

    /** The ticked roles: at least one, each a role. */
    private static Set<Role> roles(Context ctx, Inputs in) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : ctx.formParams("roles")) {
            try {
                roles.add(Role.valueOf(role.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                in.fault("roles", "'" + role + "' is not a role");
            }
        }
        if (roles.isEmpty()) {
            in.fault("roles", "tick at least one role");
        }
        return roles;
    }

    // --- plumbing -----------------------------------------------------------------------------

    void renderError(Context ctx, Problem problem) {
        Page page = WebServer.optionalCaller(ctx).map(c -> page(ctx, problem.title(), ""))
                .orElse(anonymousPage(problem.title(), ""));
        render(ctx, problem.status(), "error.jte", Map.of("page", page, "problem", problem));
    }

    void render(Context ctx, int status, String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        templates.render(template, params, out);
        ctx.status(status);
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(out.toString());
    }

    Page page(Context ctx, String title, String section) {
        Caller caller = WebServer.caller(ctx);
        SessionStore.Session session = ctx.attribute(WebServer.SESSION);
        Set<Role> roles = caller.actor().roles();
        String name = caller.actor() instanceof Actor.AgentActor a ? a.displayName() : caller.actor().name();
        return new Page(title, name, roles.stream().map(Role::label).sorted().toList(),
                session == null ? "" : session.csrfToken(),
                roles.contains(Role.GLOBAL_ADMIN) || roles.contains(Role.ADMIN_AGENT),
                roles.contains(Role.GLOBAL_ADMIN), section,
                POLICY.decide(caller.actor(), com.partnerdesk.domain.agent.Action.WORK_CASE).allowed());
    }

    /** The domain's permission table, asked only to leave out forms the agent may not use. */
    private static final com.partnerdesk.domain.agent.PermissionPolicy POLICY = new com.partnerdesk.domain.agent.PermissionPolicy();

    private static Page anonymousPage(String title, String csrf) {
        return new Page(title, null, List.of(), csrf, false, false, "", false);
    }

    private static Inputs form(Context ctx) {
        return new Inputs(ctx::formParam);
    }

    static long formVersion(Inputs in) {
        String value = in.text("version").orElse(null);
        if (value == null) {
            throw WebProblemException.preconditionRequired();
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            in.fault("version", "is not a version number");
            in.check();
            return -1;
        }
    }

    /** A datetime-local field (taken as UTC) or an ISO instant. */
    private static Instant formInstant(Inputs in, String field, boolean required) {
        Optional<String> value = in.text(field);
        if (value.isEmpty()) {
            if (required) {
                in.fault(field, "is required");
            }
            return null;
        }
        try {
            return Instant.parse(value.get());
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value.get()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                in.fault(field, "'" + value.get() + "' is not a date and time such as 2026-01-31T09:30 (UTC)");
                return null;
            }
        }
    }

    private static EscalationDraft formDraft(Inputs in, CaseView view) {
        Optional<Severity> severity = in.enumValue("severity", Severity.class);
        Instant started = formInstant(in, "evidence.startedAt", false);
        Evidence evidence = new Evidence(Optional.ofNullable(started), in.text("evidence.affectedUsers"),
                in.text("evidence.reproductionSteps"), in.text("evidence.affectedSites"),
                in.text("evidence.expectedBehaviour"), in.text("evidence.actualBehaviour"));
        return new EscalationDraft(in.text("title"), in.text("description"), severity, in.text("supportTopicId"),
                in.text("countryCode"), evidence);
    }

    /** What the escalation form starts with: the case's own words and the severity its impact suggests. */
    private static EscalationDraft suggestedDraft(CaseView view, Customer customer) {
        return new EscalationDraft(Optional.of(view.title()), Optional.of(view.description()),
                Optional.of(Severity.forImpact(view.impact())), Optional.empty(), Optional.of(customer.country().value()),
                Evidence.NONE);
    }

    private static byte[] readResource(String path) {
        try (InputStream in = UiController.class.getResourceAsStream(path)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path, e);
        }
    }
}
