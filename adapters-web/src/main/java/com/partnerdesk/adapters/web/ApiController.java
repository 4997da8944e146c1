package com.partnerdesk.adapters.web;

import static com.partnerdesk.adapters.web.WebRole.AGENTS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerdesk.application.error.InvalidInputException;
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
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.Role;
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
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The JSON API of SPEC §8 under /api/v1: parses requests into commands, and views into JSON. */
final class ApiController {
    static final String BASE = "/api/v1";
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    /** How many rows a list that the use case does not page is read in at most. */
    private static final int READ_ALL = 10_000;

    /** How many case views' JSON is kept. */
    static final int RENDERED_CASES = 4_096;

    private final WebDependencies deps;
    private final ObjectMapper mapper;
    private final Map<CaseId, Rendered> rendered = new ConcurrentHashMap<>();

    /** A case view and its JSON: the very same view object (the use case keeps views) reads as the same text. */
    private record Rendered(CaseView view, String json) {
    }

    ApiController(WebDependencies deps, ObjectMapper mapper) {
        this.deps = deps;
        this.mapper = mapper;
    }

    void register(RoutesConfig r) {
        r.get(BASE + "/me", this::me, AGENTS);
        r.get(BASE + "/customers", this::customers, AGENTS);
        r.get(BASE + "/customers/{tenantId}", this::customer, AGENTS);
        r.post(BASE + "/customers/{tenantId}/cases", this::openCase, AGENTS);
        r.get(BASE + "/health/issues", this::healthIssues, AGENTS);
        r.get(BASE + "/health/issues/{id}", this::healthIssue, AGENTS);
        r.get(BASE + "/support-topics", this::supportTopics, AGENTS);
        r.get(BASE + "/cases", this::cases, AGENTS);
        r.get(BASE + "/cases/{id}", this::getCase, AGENTS);
        r.post(BASE + "/cases/{id}/notes", this::addNote, AGENTS);
        r.post(BASE + "/cases/{id}/triage", this::triage, AGENTS);
        r.post(BASE + "/cases/{id}/escalation/readiness", this::readiness, AGENTS);
        r.post(BASE + "/cases/{id}/escalation", this::escalate, AGENTS);
        r.post(BASE + "/cases/{id}/resolve", this::resolve, AGENTS);
        r.post(BASE + "/cases/{id}/close", this::close, AGENTS);
        r.post(BASE + "/cases/{id}/reopen", this::reopen, AGENTS);
        r.get(BASE + "/service-requests", this::serviceRequests, AGENTS);
        r.get(BASE + "/service-requests/{id}", this::serviceRequest, AGENTS);
        r.patch(BASE + "/service-requests/{id}", this::updateServiceRequest, AGENTS);
        r.post(BASE + "/service-requests/{id}/vendor-number", this::recordVendorNumber, AGENTS);
        r.get(BASE + "/audit", this::audit, AGENTS);
        r.get(BASE + "/agents", this::agents, AGENTS);
        r.post(BASE + "/agents", this::addAgent, AGENTS);
        r.get(BASE + "/reports/escalations", this::escalationReport, AGENTS);
    }

    // --- reads --------------------------------------------------------------------------------

    private void me(Context ctx) {
        Caller caller = WebServer.caller(ctx);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", caller.actor().name());
        m.put("roles", caller.actor().roles().stream().map(Enum::name).sorted().toList());
        m.put("screened", caller.actor().screened());
        json(ctx, 200, m);
    }

    private void customers(Context ctx) {
        Paging paging = Paging.of(ctx);
        List<Customer> all = deps.customers().list(WebServer.caller(ctx));
        json(ctx, 200, paging.page(all.stream().map(JsonViews::customerJson).toList()));
    }

    private void customer(Context ctx) {
        Customer c = deps.customers().get(WebServer.caller(ctx), Inputs.tenantId(ctx.pathParam("tenantId")));
        json(ctx, 200, JsonViews.customerJson(c));
    }

    private void healthIssues(Context ctx) {
        Inputs q = query(ctx);
        boolean active = q.flag("active");
        Optional<String> service = q.text("service");
        Paging paging = Paging.of(ctx);
        q.check();
        var issues = deps.healthIssues().list(WebServer.caller(ctx), active, service, READ_ALL);
        json(ctx, 200, paging.page(issues.stream().map(JsonViews::healthIssueJson).toList()));
    }

    private void healthIssue(Context ctx) {
        var id = new Inputs(f -> null).value("id", () -> com.partnerdesk.domain.health.HealthIssueId.of(ctx.pathParam("id")))
                .orElseThrow(() -> new com.partnerdesk.application.error.NotFoundException("Health issue", ctx.pathParam("id")));
        json(ctx, 200, JsonViews.healthIssueJson(deps.healthIssues().get(WebServer.caller(ctx), id)));
    }

    private void supportTopics(Context ctx) {
        Inputs q = query(ctx);
        Optional<ProductFamily> family = q.enumValue("productFamily", ProductFamily.class);
        Paging paging = Paging.of(ctx);
        q.check();
        var topics = deps.referenceData().supportTopics(WebServer.caller(ctx), family);
        json(ctx, 200, paging.page(topics.stream().map(JsonViews::supportTopicJson).toList()));
    }

    private void cases(Context ctx) {
        CasePage page = deps.findCases().search(WebServer.caller(ctx), caseQuery(ctx));
        json(ctx, 200, JsonViews.page(page.items().stream().map(JsonViews::caseSummaryJson).toList(), page.total(),
                page.offset(), page.limit()));
    }

    static CaseQuery caseQuery(Context ctx) {
        Inputs q = query(ctx);
        Optional<CaseStatus> status = q.enumValue("status", CaseStatus.class);
        Optional<TenantId> customer = q.text("customer").flatMap(v -> q.value("customer", () -> TenantId.of(v)));
        Optional<String> service = q.text("service");
        Optional<Impact> impact = q.enumValue("severity", Impact.class).or(() -> q.enumValue("impact", Impact.class));
        boolean attention = q.flag("attention");
        Optional<String> text = q.text("q");
        int offset = q.integer("offset", 0, 0, Integer.MAX_VALUE);
        int limit = q.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        q.check();
        return new CaseQuery(status, customer, service, impact, attention, text, offset, limit);
    }

    private void getCase(Context ctx) {
        CaseView view = deps.findCases().get(WebServer.caller(ctx), Inputs.caseId(ctx.pathParam("id")));
        caseResponse(ctx, 200, view);
    }

    private void serviceRequests(Context ctx) {
        Inputs q = query(ctx);
        Optional<ServiceRequestStatus> status = q.enumValue("status", ServiceRequestStatus.class);
        Paging paging = Paging.of(ctx);
        q.check();
        List<ServiceRequestView> all = deps.serviceRequests().list(WebServer.caller(ctx), status, 0, READ_ALL);
        json(ctx, 200, paging.page(all.stream().map(JsonViews::serviceRequestJson).toList()));
    }

    private void serviceRequest(Context ctx) {
        ServiceRequestView view = deps.serviceRequests().get(WebServer.caller(ctx),
                Inputs.serviceRequestId(ctx.pathParam("id")));
        json(ctx, 200, JsonViews.serviceRequestJson(view));
    }

    private void audit(Context ctx) {
        Inputs q = query(ctx);
        var since = q.instant("since");
        Paging paging = Paging.of(ctx);
        q.check();
        var events = deps.audit().since(WebServer.caller(ctx), since, READ_ALL);
        json(ctx, 200, paging.page(events.stream().map(JsonViews::auditJson).toList()));
    }

    private void agents(Context ctx) {
        Paging paging = Paging.of(ctx);
        var agents = deps.agents().list(WebServer.caller(ctx));
        json(ctx, 200, paging.page(agents.stream().map(JsonViews::agentJson).toList()));
    }

    private void escalationReport(Context ctx) {
        Inputs q = query(ctx);
        var since = q.instant("since");
        q.check();
        json(ctx, 200, JsonViews.metricsJson(deps.escalationMetrics().report(WebServer.caller(ctx), since)));
    }

    // --- writes -------------------------------------------------------------------------------

    private void openCase(Context ctx) {
        TenantId tenant = Inputs.tenantId(ctx.pathParam("tenantId"));
        Inputs in = body(ctx);
        String service = in.required("service");
        String title = in.text("title").orElse(null);
        String description = in.text("description").orElse(null);
        var startedAt = in.requiredInstant("startedAt");
        UsersAffected users = in.requiredEnum("usersAffected", UsersAffected.class);
        Impact impact = in.requiredEnum("impact", Impact.class);
        SymptomClassification classification = in.requiredEnum("classification", SymptomClassification.class);
        in.check();
        CaseView view = deps.openCase().open(new OpenCaseCommand(WebServer.caller(ctx), tenant, service, title,
                description, startedAt, users, impact, classification, idempotencyKey(ctx)));
        ctx.header("Location", BASE + "/cases/" + view.id().value());
        caseResponse(ctx, 201, view);
    }

    private void addNote(Context ctx) {
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        Inputs in = body(ctx);
        String text = in.required("text");
        NoteKind kind = in.enumValue("kind", NoteKind.class).orElse(NoteKind.NOTE);
        in.check();
        CaseView view = deps.addNote().addNote(new AddNoteCommand(WebServer.caller(ctx), id, kind, text));
        caseResponse(ctx, 201, view);
    }

    private void triage(Context ctx) {
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        long version = expectedVersion(ctx);
        Inputs in = body(ctx);
        Optional<String> reason = in.text("overrideReason");
        Optional<SymptomClassification> classification = in.enumValue("classification", SymptomClassification.class);
        in.check();
        caseResponse(ctx, 200, deps.triageCase().triage(new TriageCaseCommand(WebServer.caller(ctx), id, version,
                reason, classification)));
    }

    private void readiness(Context ctx) {
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        EscalationDraft draft = draft(body(ctx));
        ReadinessReport report = deps.escalateCase().readiness(new ReadinessQuery(WebServer.caller(ctx), id, draft));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ready", report.ready());
        m.put("checks", report.results().stream().map(r -> {
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("check", r.check().code());
            check.put("label", r.check().label());
            check.put("passed", r.passed());
            check.put("message", r.message());
            return check;
        }).toList());
        json(ctx, 200, m);
    }

    private void escalate(Context ctx) {
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        long version = expectedVersion(ctx);
        EscalationDraft draft = draft(body(ctx));
        ServiceRequestView view = deps.escalateCase().escalate(new EscalateCaseCommand(WebServer.caller(ctx), id,
                version, draft, idempotencyKey(ctx)));
        ctx.header("Location", BASE + "/service-requests/" + view.id().value());
        json(ctx, 201, JsonViews.serviceRequestJson(view));
    }

    static EscalationDraft draft(Inputs in) {
        Optional<Severity> severity = in.enumValue("severity", Severity.class);
        Inputs evidence = in.nested("evidence");
        Evidence ev = new Evidence(evidence.instant("startedAt"), evidence.text("affectedUsers"),
                evidence.text("reproductionSteps"), evidence.text("affectedSites"), evidence.text("expectedBehaviour"),
                evidence.text("actualBehaviour"));
        evidence.check();
        EscalationDraft draft = new EscalationDraft(in.text("title"), in.text("description"), severity,
                in.text("supportTopicId"), in.text("countryCode"), ev);
        in.check();
        return draft;
    }

    private void resolve(Context ctx) {
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        long version = expectedVersion(ctx);
        Inputs in = body(ctx);
        String resolution = in.required("resolution");
        in.check();
        caseResponse(ctx, 200, deps.changeCaseStatus().resolve(new ResolveCaseCommand(WebServer.caller(ctx), id,
                version, resolution)));
    }

    private void close(Context ctx) {
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        long version = expectedVersion(ctx);
        body(ctx).check();
        caseResponse(ctx, 200, deps.changeCaseStatus().close(new CloseCaseCommand(WebServer.caller(ctx), id, version)));
    }

    private void reopen(Context ctx) {
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        long version = expectedVersion(ctx);
        Inputs in = body(ctx);
        String reason = in.required("reason");
        in.check();
        caseResponse(ctx, 200, deps.changeCaseStatus().reopen(new ReopenCaseCommand(WebServer.caller(ctx), id,
                version, reason)));
    }

    private void updateServiceRequest(Context ctx) {
        var id = Inputs.serviceRequestId(ctx.pathParam("id"));
        Inputs in = body(ctx);
        Optional<String> note = in.text("newNote");
        Optional<ServiceRequestStatus> status = in.enumValue("status", ServiceRequestStatus.class);
        if (note.isEmpty() && status.isEmpty()) {
            in.fault("newNote", "give a new note, a status, or both");
        }
        in.check();
        ServiceRequestView view = deps.serviceRequests().update(new UpdateServiceRequestCommand(WebServer.caller(ctx),
                id, note, status, false));
        json(ctx, 200, JsonViews.serviceRequestJson(view));
    }

    /**
     * The portal path: the agent filed the request in the vendor's portal and records the vendor's number, which
     * completes delivery. Body {@code {vendorRequestNumber}}; the same number again is a 200 that changes nothing.
     */
    private void recordVendorNumber(Context ctx) {
        var id = Inputs.serviceRequestId(ctx.pathParam("id"));
        Inputs in = body(ctx);
        String number = vendorRequestNumber(in);
        in.check();
        ServiceRequestView view = deps.delivery().recordVendorNumber(WebServer.caller(ctx), id, number);
        json(ctx, 200, JsonViews.serviceRequestJson(view));
    }

    /**
     * The vendor's request number of a form or body; its shape is the domain's to check, after the permission check,
     * so that a refused role is refused (and audited) whatever it typed.
     */
    static String vendorRequestNumber(Inputs in) {
        return in.text("vendorRequestNumber").orElseGet(() -> {
            in.fault("vendorRequestNumber", "is required: the request number the vendor's portal shows, such as 2611240040001234");
            return null;
        });
    }

    private void addAgent(Context ctx) {
        Inputs in = body(ctx);
        Optional<Email> email = in.text("email").flatMap(v -> in.value("email", () -> Email.of(v)));
        if (in.text("email").isEmpty()) {
            in.fault("email", "is required");
        }
        String name = in.required("name");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : in.strings("roles")) {
            try {
                roles.add(Role.valueOf(role.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                in.fault("roles", "'" + role + "' is not one of GLOBAL_ADMIN, ADMIN_AGENT, HELPDESK_AGENT, SALES_AGENT");
            }
        }
        if (roles.isEmpty()) {
            in.fault("roles", "name at least one role");
        }
        Optional<String> password = in.text("password");
        in.check();
        var agent = deps.agents().add(WebServer.caller(ctx), email.orElseThrow(), name, roles,
                password.map(String::toCharArray));
        ctx.header("Location", BASE + "/agents/" + agent.id().value());
        json(ctx, 201, JsonViews.agentJson(agent));
    }

    // --- plumbing -----------------------------------------------------------------------------

    private void caseResponse(Context ctx, int status, CaseView view) {
        ctx.header("ETag", "\"" + view.version() + "\"");
        ctx.status(status);
        ctx.contentType("application/json");
        ctx.result(caseJson(view));
    }

    private String caseJson(CaseView view) {
        Rendered known = rendered.get(view.id());
        if (known != null && known.view() == view) {
            return known.json();
        }
        String json = write(JsonViews.caseJson(view));
        if (rendered.size() >= RENDERED_CASES && !rendered.containsKey(view.id())) {
            rendered.keySet().stream().findAny().ifPresent(rendered::remove);
        }
        rendered.put(view.id(), new Rendered(view, json));
        return json;
    }

    private void json(Context ctx, int status, Object body) {
        ctx.status(status);
        ctx.contentType("application/json");
        ctx.result(write(body));
    }

    private String write(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON", e);
        }
    }

    static Optional<String> idempotencyKey(Context ctx) {
        String key = ctx.header("Idempotency-Key");
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        if (key.length() > 200) {
            throw InvalidInputException.of("Idempotency-Key", "is longer than 200 characters");
        }
        return Optional.of(key.strip());
    }

    /** The version a state-changing write expects, from If-Match: quoted or bare; missing is a 428. */
    static long expectedVersion(Context ctx) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank()) {
            throw WebProblemException.preconditionRequired();
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            long version = Long.parseLong(value);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("If-Match", "'" + header + "' is not a case version such as \"3\"");
        }
    }

    static Inputs query(Context ctx) {
        return new Inputs(ctx::queryParam);
    }

    private Inputs body(Context ctx) {
        return Inputs.ofJson(jsonObject(ctx));
    }

    /** The JSON object of the body; an empty body is {}; another content type is a 415. */
    JsonNode jsonObject(Context ctx) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0 || new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return mapper.createObjectNode();
        }
        String type = ctx.contentType();
        String base = type == null ? "" : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!base.equals("application/json") && !base.endsWith("+json")) {
            throw WebProblemException.unsupportedMediaType(type);
        }
        JsonNode node;
        try {
            node = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw InvalidInputException.of("body", "is not valid JSON" + (at == null ? "" : " (line " + at.getLineNr()
                    + ", column " + at.getColumnNr() + ": " + ErrorMapper.withoutClassNames(e.getOriginalMessage()) + ")"));
        } catch (java.io.IOException e) {
            throw InvalidInputException.of("body", "is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        return node;
    }

    /** ?offset=&limit= over a list the use case returns whole. */
    record Paging(int offset, int limit) {
        static Paging of(Context ctx) {
            Inputs q = query(ctx);
            int offset = q.integer("offset", 0, 0, Integer.MAX_VALUE);
            int limit = q.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
            q.check();
            return new Paging(offset, limit);
        }

        Map<String, Object> page(List<?> all) {
            int from = Math.min(offset, all.size());
            int to = Math.min(all.size(), from + limit);
            return JsonViews.page(all.subList(from, to), all.size(), offset, limit);
        }
    }
}
