package com.partnerdesk.adapters.web;

import com.partnerdesk.adapters.web.support.WebRole;
import static com.partnerdesk.domain.agent.Role.ADMIN_AGENT;
import static com.partnerdesk.domain.agent.Role.GLOBAL_ADMIN;
import static com.partnerdesk.domain.agent.Role.HELPDESK_AGENT;
import static com.partnerdesk.domain.agent.Role.SALES_AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.audit.Channel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route of the JSON API, taken from the server's own route table, called (1) with ids of records
 * that do not exist, as every role: 404 problem+json; and (2) as each role on records that SPEC §2 does not
 * let that role act on: 403 problem+json, nothing of the record in the body, the record unchanged, and a
 * DENIED line in the audit trail naming the agent, the action, the channel and the customer and case.
 *
 * <p>The agents' pages get the same: an unknown id is a 404 page, a refusal a 403 page, audited with the WEB
 * channel.
 *
 * <p>And (3) as an agent of each role who is not screened, on a restricted customer's records (the sample customers
 * are GCC High, restricted by default): every route and page answers 404 as for an unknown id, the refusal audited,
 * and every list, search, count, report and the audit trail leave the restricted customers out (issue 13).
 *
 * <p>A route that the tables below do not know fails {@link #theSweepKnowsEveryApiRoute()} or
 * {@link #theSweepKnowsEveryPage()}: whoever adds a route says here who may not use it. (PartnerDesk has one partner and no per-customer or per-cloud
 * scoping of agents, so what a role may not do is decided by action and product family, SPEC §2.)
 */
class TenantIsolationSweepTest {
    private static final String CONTOSO = Samples.CONTOSO_ID.value();
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    private static WebHarness web;
    /** A case with its service request, whose ids stand in for "an id of another kind of record". */
    private static Fixture existing;

    /** A signed-in session of each role, for the agents' pages. */
    private static final Map<Role, Session> SESSIONS = new java.util.EnumMap<>(Role.class);
    /** The same for the agents of each role who are not screened. */
    private static final Map<Role, Session> UNSCREENED_SESSIONS = new java.util.EnumMap<>(Role.class);
    /** A customer in GCC (moderate), not restricted: what an unscreened agent does see. */
    private static final String LITWARE = "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f";

    record Session(String cookie, String csrf) {
    }

    @BeforeAll
    static void start() {
        web = new WebHarness();
        existing = Fixture.make(Record.OFFICE_REQUEST);
        for (Role role : Role.values()) {
            SESSIONS.put(role, signIn(role));
        }
        web.addUnscreenedAgents();
        for (Role role : Role.values()) {
            UNSCREENED_SESSIONS.put(role, signIn(web.unscreenedEmails.get(role)));
        }
        com.partnerdesk.domain.customer.Customer c = Samples.contoso();
        web.desk.customers().importCustomers(com.partnerdesk.application.fakes.Desk.operator(), List.of(
                new com.partnerdesk.domain.customer.Customer(com.partnerdesk.domain.customer.TenantId.of(LITWARE),
                        "Litware Civic Services", "litwarecivic.onmicrosoft.com", com.partnerdesk.domain.customer.Cloud.GCC,
                        c.region(), c.relationship(), c.supportRights(), c.supportPlan(), c.resellerType(), c.country(),
                        c.managedServices())));
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    // --- the table: every API route, what a request to it carries, and who may not use it ----------

    /** The record a route's path names, which decides what an unknown id is and what a denial is about. */
    enum Subject { NONE, CUSTOMER, CASE, SERVICE_REQUEST, HEALTH_ISSUE, NOTIFICATION }

    /** What a refused role is tried on: a record made fresh for the attempt by the global admin. */
    enum Record {
        /** An Exchange Online case triaged to escalate (Office 365). */
        OFFICE_CASE,
        /** An Azure Virtual Machines case triaged to escalate. */
        AZURE_CASE,
        /** An Exchange Online case that the global admin resolved. */
        RESOLVED_CASE,
        /** The service request filed for an Office 365 case. */
        OFFICE_REQUEST,
        /** The service request filed for an Azure case. */
        AZURE_REQUEST,
        /** No record: the route is about the desk as a whole (agents, audit trail). */
        NONE
    }

    record Denial(Role role, Record on, String auditAction, Map<String, Object> body) {
    }

    record Route(String method, String path, Subject subject, Map<String, Object> body, boolean ifMatch,
                 List<Denial> denials) {
        String key() {
            return method + " " + path;
        }

        @Override
        public String toString() {
            return key();
        }
    }

    private static final Map<String, Route> ROUTES = new LinkedHashMap<>();

    private static void route(String method, String path, Subject subject, Map<String, Object> body, boolean ifMatch,
                              Denial... denials) {
        Route route = new Route(method, "/api/v1" + path, subject, body, ifMatch, List.of(denials));
        ROUTES.put(route.key(), route);
    }

    private static Denial deny(Role role, Record on, String auditAction) {
        return new Denial(role, on, auditAction, null);
    }

    private static Denial deny(Role role, Record on, String auditAction, Map<String, Object> body) {
        return new Denial(role, on, auditAction, body);
    }

    static {
        Map<String, Object> none = Map.of();
        Map<String, Object> draft = WebHarness.escalationDraft(Samples.MAIL_FLOW_TOPIC);
        Map<String, Object> azureDraft = WebHarness.escalationDraft(Samples.VM_TOPIC);
        Map<String, Object> note = Map.of("text", "Called the customer back");
        Map<String, Object> srNote = Map.of("newNote", "Any news?");

        route("GET", "/me", Subject.NONE, none, false);
        route("GET", "/customers", Subject.NONE, none, false);
        route("GET", "/customers/{tenantId}", Subject.CUSTOMER, none, false);
        route("POST", "/customers/{tenantId}/cases", Subject.CUSTOMER, WebHarness.unavailableCase(), false);
        route("GET", "/health/issues", Subject.NONE, none, false);
        route("GET", "/health/issues/{id}", Subject.HEALTH_ISSUE, none, false);
        route("GET", "/health/sync", Subject.NONE, none, false);
        route("GET", "/support-topics", Subject.NONE, none, false);
        route("GET", "/cases", Subject.NONE, none, false);
        route("GET", "/cases/{id}", Subject.CASE, none, false);
        route("POST", "/cases/{id}/notes", Subject.CASE, note, false,
                deny(SALES_AGENT, Record.OFFICE_CASE, "case.note",
                        Map.of("text", "Recreated the connector", "kind", "TROUBLESHOOTING")));
        route("POST", "/cases/{id}/triage", Subject.CASE, none, true,
                deny(SALES_AGENT, Record.OFFICE_CASE, "case.triage"));
        route("POST", "/cases/{id}/escalation/readiness", Subject.CASE, draft, false);
        route("POST", "/cases/{id}/escalation", Subject.CASE, draft, true,
                deny(SALES_AGENT, Record.OFFICE_CASE, "case.escalate"),
                deny(SALES_AGENT, Record.AZURE_CASE, "case.escalate", azureDraft),
                deny(HELPDESK_AGENT, Record.AZURE_CASE, "case.escalate", azureDraft));
        route("POST", "/cases/{id}/escalation-request", Subject.CASE, Map.of("note", "The customer's CIO asks"), false);
        route("POST", "/cases/{id}/resolve", Subject.CASE, Map.of("resolution", "Fixed"), true,
                deny(SALES_AGENT, Record.OFFICE_CASE, "case.resolve"));
        route("POST", "/cases/{id}/close", Subject.CASE, none, true,
                deny(SALES_AGENT, Record.RESOLVED_CASE, "case.close"));
        route("POST", "/cases/{id}/reopen", Subject.CASE, Map.of("reason", "It came back"), true,
                deny(SALES_AGENT, Record.RESOLVED_CASE, "case.reopen"));
        Map<String, Object> assign = Map.of("agent", "admin.agent@federalcloudpartners.example");
        route("POST", "/cases/{id}/owner", Subject.CASE, assign, false,
                deny(SALES_AGENT, Record.OFFICE_CASE, "case.owner"),
                deny(HELPDESK_AGENT, Record.OFFICE_CASE, "case.owner"));
        route("GET", "/service-requests", Subject.NONE, none, false);
        route("GET", "/service-requests/{id}", Subject.SERVICE_REQUEST, none, false);
        route("PATCH", "/service-requests/{id}", Subject.SERVICE_REQUEST, srNote, false,
                deny(SALES_AGENT, Record.OFFICE_REQUEST, "service-request.update"),
                deny(SALES_AGENT, Record.AZURE_REQUEST, "service-request.update"),
                deny(HELPDESK_AGENT, Record.AZURE_REQUEST, "service-request.update"),
                deny(HELPDESK_AGENT, Record.AZURE_REQUEST, "service-request.update", Map.of("status", "closed")));
        Map<String, Object> vendorNumber = Map.of("vendorRequestNumber", "2611240099");
        route("POST", "/service-requests/{id}/vendor-number", Subject.SERVICE_REQUEST, vendorNumber, false,
                deny(SALES_AGENT, Record.OFFICE_REQUEST, "service-request.vendor-number"),
                deny(HELPDESK_AGENT, Record.AZURE_REQUEST, "service-request.vendor-number"));
        route("GET", "/audit", Subject.NONE, none, false,
                deny(HELPDESK_AGENT, Record.NONE, "audit.read"),
                deny(SALES_AGENT, Record.NONE, "audit.read"));
        route("GET", "/agents", Subject.NONE, none, false,
                deny(ADMIN_AGENT, Record.NONE, "agent.list"),
                deny(HELPDESK_AGENT, Record.NONE, "agent.list"),
                deny(SALES_AGENT, Record.NONE, "agent.list"));
        Map<String, Object> agent = Map.of("email", "new.agent@federalcloudpartners.example", "name", "New Agent",
                "roles", List.of("GLOBAL_ADMIN"), "password", "a long and unguessable passphrase");
        route("POST", "/agents", Subject.NONE, agent, false,
                deny(ADMIN_AGENT, Record.NONE, "agent.add"),
                deny(ADMIN_AGENT, Record.NONE, "agent.add", Map.of("email", "weak@federalcloudpartners.example",
                        "name", "Weak", "roles", List.of("GLOBAL_ADMIN"), "password", "hunter2")),
                deny(HELPDESK_AGENT, Record.NONE, "agent.add"),
                deny(SALES_AGENT, Record.NONE, "agent.add"));
        route("GET", "/reports/escalations", Subject.NONE, none, false);
        route("GET", "/partner", Subject.NONE, none, false);
        Map<String, Object> profile = Map.of("organization", "Someone Else's Partners", "primaryContact",
                Map.of("name", "Mallory", "email", "mallory@example.com", "phone", "+1 202 555 0199"),
                "advancedSupport", true);
        route("PUT", "/partner", Subject.NONE, profile, true,
                deny(ADMIN_AGENT, Record.NONE, "partner.update"),
                deny(HELPDESK_AGENT, Record.NONE, "partner.update"),
                deny(SALES_AGENT, Record.NONE, "partner.update"));
        route("GET", "/openapi.json", Subject.NONE, none, false);
        route("GET", "/settings/customer-clock", Subject.NONE, none, false);
        Map<String, Object> clock = Map.of("targets", Map.of("CRITICAL", Map.of("firstResponse", "PT2H")),
                "timeZone", "America/Chicago", "workingDays", List.of("MONDAY"), "opens", "08:00", "closes", "16:00",
                "holidays", List.of());
        route("PUT", "/settings/customer-clock", Subject.NONE, clock, true,
                deny(ADMIN_AGENT, Record.NONE, "customer-clock.update"),
                deny(HELPDESK_AGENT, Record.NONE, "customer-clock.update"),
                deny(SALES_AGENT, Record.NONE, "customer-clock.update"));
        route("GET", "/notifications", Subject.NONE, none, false,
                deny(HELPDESK_AGENT, Record.NONE, "notification.list"),
                deny(SALES_AGENT, Record.NONE, "notification.list"));
        route("POST", "/notifications/{id}/retry", Subject.NOTIFICATION, none, false,
                deny(HELPDESK_AGENT, Record.NONE, "notification.retry"),
                deny(SALES_AGENT, Record.NONE, "notification.retry"));
        Map<String, Object> update = Map.of("subject", "Exchange Online: an update", "text", "Mail flows again.");
        route("POST", "/cases/{id}/customer-updates", Subject.CASE, update, false,
                deny(SALES_AGENT, Record.OFFICE_CASE, "case.customer-update"));
        // An outage's update names a health issue or a cluster in its body: an unknown one is a 404 of the use case.
        route("POST", "/customer-updates", Subject.NONE, Map.of("subject", "Exchange Online: an update",
                "text", "Mail flows again.", "healthIssueId", "EX999999"), false);
        // Each agent's own settings: nobody else's can be named, so there is nothing to refuse.
        route("GET", "/me/notifications", Subject.NONE, none, false);
        route("PUT", "/me/notifications", Subject.NONE, Map.of("mailOff", List.of("case.recheck")), false);
    }

    /** The agents' pages (everything not under /api/ that needs a signed-in agent), form fields as bodies. */
    private static final Map<String, Route> PAGES = new LinkedHashMap<>();

    private static void page(String method, String path, Subject subject, Map<String, Object> form, boolean version,
                             Denial... denials) {
        Route route = new Route(method, path, subject, form, version, List.of(denials));
        PAGES.put(route.key(), route);
    }

    static {
        Map<String, Object> none = Map.of();
        page("POST", "/sign-out", Subject.NONE, none, false);
        page("GET", "/", Subject.NONE, none, false);
        page("GET", "/health", Subject.NONE, none, false);
        page("GET", "/health/sync", Subject.NONE, none, false);
        page("GET", "/customers", Subject.NONE, none, false);
        page("GET", "/customers/{tenantId}", Subject.CUSTOMER, none, false);
        page("GET", "/customers/{tenantId}/cases/new", Subject.CUSTOMER, none, false);
        Map<String, Object> newCase = new LinkedHashMap<>(WebHarness.unavailableCase());
        page("POST", "/customers/{tenantId}/cases", Subject.CUSTOMER, newCase, false);
        page("GET", "/cases", Subject.NONE, none, false);
        page("GET", "/cases/{id}", Subject.CASE, none, false);
        page("POST", "/cases/{id}/notes", Subject.CASE, Map.of("text", "Called back"), false,
                deny(SALES_AGENT, Record.OFFICE_CASE, "case.note", Map.of("text", "Recreated it", "kind", "TROUBLESHOOTING")));
        page("POST", "/cases/{id}/triage", Subject.CASE, none, true,
                deny(SALES_AGENT, Record.OFFICE_CASE, "case.triage"));
        Map<String, Object> form = Map.of("title", "Mailboxes unreachable", "description", "No user can connect",
                "severity", "critical", "supportTopicId", Samples.MAIL_FLOW_TOPIC, "countryCode", "US",
                "evidence.affectedUsers", "all");
        Map<String, Object> azureForm = new LinkedHashMap<>(form);
        azureForm.put("supportTopicId", Samples.VM_TOPIC);
        page("POST", "/cases/{id}/escalation", Subject.CASE, form, true,
                deny(SALES_AGENT, Record.OFFICE_CASE, "case.escalate"),
                deny(HELPDESK_AGENT, Record.AZURE_CASE, "case.escalate", azureForm));
        page("POST", "/cases/{id}/escalation/readiness", Subject.CASE, form, false);
        Map<String, Object> withStep = new LinkedHashMap<>(form);
        withStep.put("troubleshootingNote", "Recreated the connector");
        page("POST", "/cases/{id}/escalation/troubleshooting", Subject.CASE, withStep, false,
                deny(SALES_AGENT, Record.OFFICE_CASE, "case.note"));
        page("POST", "/cases/{id}/escalation/discard", Subject.CASE, none, false);
        page("POST", "/cases/{id}/escalation-request", Subject.CASE, Map.of("note", "The customer's CIO asks"), false);
        page("POST", "/cases/{id}/resolve", Subject.CASE, Map.of("resolution", "Fixed"), true,
                deny(SALES_AGENT, Record.OFFICE_CASE, "case.resolve"));
        page("POST", "/cases/{id}/close", Subject.CASE, none, true,
                deny(SALES_AGENT, Record.RESOLVED_CASE, "case.close"));
        page("POST", "/cases/{id}/reopen", Subject.CASE, Map.of("reason", "It came back"), true,
                deny(SALES_AGENT, Record.RESOLVED_CASE, "case.reopen"));
        page("POST", "/cases/{id}/owner", Subject.CASE, Map.of("agent", "admin.agent@federalcloudpartners.example"),
                true, deny(SALES_AGENT, Record.OFFICE_CASE, "case.owner"),
                deny(HELPDESK_AGENT, Record.OFFICE_CASE, "case.owner"));
        page("GET", "/service-requests", Subject.NONE, none, false);
        page("GET", "/service-requests/{id}", Subject.SERVICE_REQUEST, none, false);
        page("POST", "/service-requests/{id}", Subject.SERVICE_REQUEST, Map.of("newNote", "Any news?"), false,
                deny(SALES_AGENT, Record.OFFICE_REQUEST, "service-request.update"),
                deny(HELPDESK_AGENT, Record.AZURE_REQUEST, "service-request.update"));
        page("POST", "/service-requests/{id}/vendor-number", Subject.SERVICE_REQUEST,
                Map.of("vendorRequestNumber", "2611240099"), false,
                deny(SALES_AGENT, Record.OFFICE_REQUEST, "service-request.vendor-number"),
                deny(HELPDESK_AGENT, Record.AZURE_REQUEST, "service-request.vendor-number"));
        page("GET", "/admin/agents", Subject.NONE, none, false,
                deny(ADMIN_AGENT, Record.NONE, "agent.list"),
                deny(HELPDESK_AGENT, Record.NONE, "agent.list"),
                deny(SALES_AGENT, Record.NONE, "agent.list"));
        Map<String, Object> agent = Map.of("email", "new.agent@federalcloudpartners.example", "name", "New Agent",
                "roles", "GLOBAL_ADMIN", "password", "a long and unguessable passphrase");
        page("POST", "/admin/agents", Subject.NONE, agent, false,
                deny(ADMIN_AGENT, Record.NONE, "agent.add"),
                deny(HELPDESK_AGENT, Record.NONE, "agent.add"),
                deny(SALES_AGENT, Record.NONE, "agent.add"));
        Map<String, Object> disable = Map.of("email", "global.admin@federalcloudpartners.example");
        page("POST", "/admin/agents/disable", Subject.NONE, disable, false,
                deny(ADMIN_AGENT, Record.NONE, "agent.disable"),
                deny(HELPDESK_AGENT, Record.NONE, "agent.disable"),
                deny(SALES_AGENT, Record.NONE, "agent.disable"));
        page("POST", "/admin/agents/enable", Subject.NONE, disable, false,
                deny(ADMIN_AGENT, Record.NONE, "agent.enable"),
                deny(HELPDESK_AGENT, Record.NONE, "agent.enable"),
                deny(SALES_AGENT, Record.NONE, "agent.enable"));
        Map<String, Object> roles = Map.of("email", "global.admin@federalcloudpartners.example", "roles", "SALES_AGENT");
        page("POST", "/admin/agents/roles", Subject.NONE, roles, false,
                deny(ADMIN_AGENT, Record.NONE, "agent.roles"),
                deny(HELPDESK_AGENT, Record.NONE, "agent.roles"),
                deny(SALES_AGENT, Record.NONE, "agent.roles"));
        Map<String, Object> password = Map.of("email", "global.admin@federalcloudpartners.example",
                "password", "someone else's new passphrase");
        page("POST", "/admin/agents/password", Subject.NONE, password, false,
                deny(ADMIN_AGENT, Record.NONE, "agent.password"),
                deny(HELPDESK_AGENT, Record.NONE, "agent.password"),
                deny(SALES_AGENT, Record.NONE, "agent.password"));
        page("GET", "/admin/groups", Subject.NONE, none, false,
                deny(ADMIN_AGENT, Record.NONE, "group.list"),
                deny(HELPDESK_AGENT, Record.NONE, "group.list"),
                deny(SALES_AGENT, Record.NONE, "group.list"));
        Map<String, Object> group = Map.of("groupId", "5f1d2c3b-0000-4000-8000-00000000a11d", "role", "GLOBAL_ADMIN");
        page("POST", "/admin/groups", Subject.NONE, group, false,
                deny(ADMIN_AGENT, Record.NONE, "group.map"),
                deny(HELPDESK_AGENT, Record.NONE, "group.map"),
                deny(SALES_AGENT, Record.NONE, "group.map"));
        page("POST", "/admin/groups/unmap", Subject.NONE, Map.of("groupId", "5f1d2c3b-0000-4000-8000-00000000a11d"),
                false,
                deny(ADMIN_AGENT, Record.NONE, "group.unmap"),
                deny(HELPDESK_AGENT, Record.NONE, "group.unmap"),
                deny(SALES_AGENT, Record.NONE, "group.unmap"));
        // one's own second factor: every agent may, and only for themself (no id in the path or the form)
        page("GET", "/account/second-factor", Subject.NONE, none, false);
        page("POST", "/account/second-factor", Subject.NONE, none, false);
        page("POST", "/account/second-factor/confirm", Subject.NONE, Map.of("code", "123456"), false);
        page("GET", "/admin/health-issues", Subject.NONE, none, false);
        page("GET", "/settings", Subject.NONE, none, false);
        Map<String, Object> profile = Map.of("organization", "Someone Else's Partners", "primaryContact.name", "Mallory",
                "primaryContact.email", "mallory@example.com", "primaryContact.phone", "+1 202 555 0199");
        page("POST", "/settings", Subject.NONE, profile, true,
                deny(ADMIN_AGENT, Record.NONE, "partner.update"),
                deny(HELPDESK_AGENT, Record.NONE, "partner.update"),
                deny(SALES_AGENT, Record.NONE, "partner.update"));
        page("GET", "/settings/customer-clock", Subject.NONE, none, false);
        Map<String, Object> clockForm = Map.of("targets.CRITICAL.firstResponse", "2h", "timeZone", "America/Chicago",
                "workingDays", "MONDAY", "opens", "08:00", "closes", "16:00", "holidays", "");
        page("POST", "/settings/customer-clock", Subject.NONE, clockForm, true,
                deny(ADMIN_AGENT, Record.NONE, "customer-clock.update"),
                deny(HELPDESK_AGENT, Record.NONE, "customer-clock.update"),
                deny(SALES_AGENT, Record.NONE, "customer-clock.update"));
        page("GET", "/audit", Subject.NONE, none, false,
                deny(HELPDESK_AGENT, Record.NONE, "audit.read"),
                deny(SALES_AGENT, Record.NONE, "audit.read"));
        page("GET", "/audit/export.csv", Subject.NONE, none, false,
                deny(HELPDESK_AGENT, Record.NONE, "audit.export"),
                deny(SALES_AGENT, Record.NONE, "audit.export"));
        page("GET", "/reports/escalations", Subject.NONE, none, false);
        page("GET", "/admin/notifications", Subject.NONE, none, false,
                deny(HELPDESK_AGENT, Record.NONE, "notification.list"),
                deny(SALES_AGENT, Record.NONE, "notification.list"));
        page("POST", "/admin/notifications/{id}/retry", Subject.NOTIFICATION, none, false,
                deny(HELPDESK_AGENT, Record.NONE, "notification.retry"),
                deny(SALES_AGENT, Record.NONE, "notification.retry"));
        page("GET", "/me/notifications", Subject.NONE, none, false);
        page("POST", "/cases/{id}/customer-updates", Subject.CASE, Map.of("subject", "An update", "text",
                "Mail flows again."), false, deny(SALES_AGENT, Record.OFFICE_CASE, "case.customer-update"));
        page("POST", "/me/notifications", Subject.NONE, Map.of("mail", "case.recheck"), false);
    }

    // --- (0) the table covers the route table ----------------------------------------------------

    /** Every HTTP route under /api/ that the server has, as "METHOD /path/{param}". */
    static Set<String> apiRoutes(WebServer server) {
        Set<String> routes = new TreeSet<>();
        server.javalin().unsafe.internalRouter.allHttpHandlers().forEach(parsed -> {
            var endpoint = parsed.endpoint;
            if (endpoint.method.isHttpMethod() && endpoint.path.startsWith("/api/")) {
                routes.add(endpoint.method.name() + " " + endpoint.path);
            }
        });
        return routes;
    }

    @Test
    void theSweepKnowsEveryApiRoute() {
        Set<String> served = apiRoutes(web.server);

        assertThat(served).as("the route table could not be read").hasSizeGreaterThan(10);
        assertThat(ROUTES.keySet()).as("API routes the sweep does not know: add them to its table, saying who may "
                + "not use them").containsAll(served);
        assertThat(served).as("routes in the sweep's table that the server no longer has").containsAll(ROUTES.keySet());
    }

    /** Every page route that needs a signed-in agent (not the sign-in steps), as "METHOD /path/{param}". */
    static Set<String> pageRoutes(WebServer server) {
        Set<String> routes = new TreeSet<>();
        server.javalin().unsafe.internalRouter.allHttpHandlers().forEach(parsed -> {
            var endpoint = parsed.endpoint;
            if (endpoint.method.isHttpMethod() && !endpoint.path.startsWith("/api/")
                    && !endpoint.path.startsWith("/static/") && !endpoint.path.equals("/sign-in")
                    && !endpoint.path.startsWith("/sign-in/")) {
                routes.add(endpoint.method.name() + " " + endpoint.path);
            }
        });
        return routes;
    }

    @Test
    void theSweepKnowsEveryPage() {
        Set<String> served = pageRoutes(web.server);

        assertThat(served).as("the route table could not be read").hasSizeGreaterThan(10);
        assertThat(PAGES.keySet()).as("pages the sweep does not know: add them to its table, saying who may not "
                + "use them").containsAll(served);
        assertThat(served).as("pages in the sweep's table that the server no longer has").containsAll(PAGES.keySet());
    }

    @Test
    void aRouteAddedToTheServerShowsUpInTheRouteTheSweepReads() {
        WebServer extended = new WebServer(WebHarness.deps(web.desk), WebSettings.defaults(false),
                routes -> routes.delete("/api/v1/cases/{id}/everything", ctx -> ctx.result("gone"), WebRole.AGENTS));

        Set<String> served = apiRoutes(extended);

        assertThat(served).contains("DELETE /api/v1/cases/{id}/everything");
        assertThat(ROUTES).as("so theSweepKnowsEveryApiRoute would fail for it").doesNotContainKey(
                "DELETE /api/v1/cases/{id}/everything");
    }

    // --- (1) ids of records that do not exist: 404 for every role --------------------------------

    static Stream<Arguments> unknownIds() {
        List<Arguments> cases = new ArrayList<>();
        for (Route route : ROUTES.values()) {
            if (route.subject() == Subject.NONE) {
                continue;
            }
            for (Role role : Role.values()) {
                for (String kind : List.of("unknown", "malformed", "another kind of record's")) {
                    cases.add(Arguments.of(route, role, kind));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} with an id that is {2}")
    @MethodSource("unknownIds")
    void anIdThatNamesNoRecordIs404ForEveryRole(Route route, Role role, String kind) {
        String id = switch (kind) {
            case "unknown" -> route.subject() == Subject.HEALTH_ISSUE ? "EX" + (100_000 + (int) (Math.random() * 900_000))
                    : UUID.randomUUID().toString();
            case "malformed" -> "x'%20OR%201=1--";
            // a case's id where a service request's is wanted, and a request's id for anything else
            default -> route.subject() == Subject.SERVICE_REQUEST ? existing.caseId() : existing.requestId();
        };
        String path = PARAM.matcher(route.path()).replaceAll(id);
        int audited = auditSize();

        WebHarness.Res r = send(route, role, path, route.body(), existing.version());

        assertThat(r.status()).as("%s %s: %s", route.method(), path, r).isEqualTo(404);
        assertProblem(r, 404);
        assertNoRecordData(r, existing);
        assertThat(newAuditEvents(audited)).as("a 404 is not an action on a record: nothing to audit")
                .noneMatch(e -> e.outcome() == AuditOutcome.ALLOWED);
    }

    // --- (2) each role on records it may not act on: 403, no data, unchanged, audited ------------

    static Stream<Arguments> denials() {
        return ROUTES.values().stream().flatMap(route -> route.denials().stream()
                .map(denial -> Arguments.of(route, denial.role(), denial.on(), denial)));
    }

    @ParameterizedTest(name = "{0} as {1} on {2}")
    @MethodSource("denials")
    void aRoleIsRefusedWhatSpec2DoesNotLetItDoAndTheRefusalIsAudited(Route route, Role role, Record on,
                                                                       Denial denial) {
        Fixture record = Fixture.make(on);
        String path = PARAM.matcher(route.path()).replaceAll(Matcher.quoteReplacement(record.idFor(route.subject())));
        String before = record.snapshot(route.subject());
        int audited = auditSize();

        WebHarness.Res r = send(route, role, path, denial.body() != null ? denial.body() : route.body(),
                record.version());

        assertProblem(r, 403);
        assertNoRecordData(r, record);
        assertThat(record.snapshot(route.subject())).as("the refused request changed nothing").isEqualTo(before);
        assertDenialAudited(audited, role, denial.auditAction(), record, route.subject());
    }

    /**
     * An Idempotency-Key is no way around the permission check: replaying the key of an escalation the global
     * admin made, with the same form, is refused to a role that may not escalate, and audited.
     */
    @Test
    void replayingAnotherAgentsEscalationKeyIsStillRefusedAndAudited() {
        Fixture record = Fixture.make(Record.OFFICE_CASE);
        String key = "sweep-" + UUID.randomUUID();
        Map<String, Object> draft = WebHarness.escalationDraft(Samples.MAIL_FLOW_TOPIC);
        WebHarness.Res first = web.post(GLOBAL_ADMIN, "/api/v1/cases/" + record.caseId() + "/escalation", draft,
                "If-Match", String.valueOf(record.version()), "Idempotency-Key", key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        int audited = auditSize();

        WebHarness.Res replay = web.post(SALES_AGENT, "/api/v1/cases/" + record.caseId() + "/escalation", draft,
                "If-Match", String.valueOf(record.version()), "Idempotency-Key", key);

        assertProblem(replay, 403);
        assertThat(replay.body()).doesNotContain(first.json().get("id").asText());
        assertDenialAudited(audited, SALES_AGENT, "case.escalate", record, Subject.CASE);
    }

    // --- the same on the agents' pages ----------------------------------------------------------------

    static Stream<Arguments> pageUnknownIds() {
        List<Arguments> cases = new ArrayList<>();
        for (Route route : PAGES.values()) {
            if (route.subject() != Subject.NONE) {
                for (Role role : Role.values()) {
                    cases.add(Arguments.of(route, role));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "page {0} as {1} with an unknown id")
    @MethodSource("pageUnknownIds")
    void aPageForAnIdThatNamesNoRecordIs404ForEveryRole(Route route, Role role) {
        String path = PARAM.matcher(route.path()).replaceAll(UUID.randomUUID().toString());

        WebHarness.Res r = sendPage(route, role, path, route.body(), existing.version());

        assertThat(r.status()).as("%s %s: %s", route.method(), path, r).isEqualTo(404);
        assertThat(r.header("Content-Type").orElse("")).startsWith("text/html");
        assertNoRecordData(r, existing);
    }

    static Stream<Arguments> pageDenials() {
        return PAGES.values().stream().flatMap(route -> route.denials().stream()
                .map(denial -> Arguments.of(route, denial.role(), denial.on(), denial)));
    }

    @ParameterizedTest(name = "page {0} as {1} on {2}")
    @MethodSource("pageDenials")
    void aPageRefusesWhatSpec2DoesNotLetTheRoleDoAndTheRefusalIsAudited(Route route, Role role, Record on,
                                                                       Denial denial) {
        Fixture record = Fixture.make(on);
        String path = PARAM.matcher(route.path()).replaceAll(Matcher.quoteReplacement(record.idFor(route.subject())));
        String before = record.snapshot(route.subject());
        int audited = auditSize();

        WebHarness.Res r = sendPage(route, role, path, denial.body() != null ? denial.body() : route.body(),
                record.version());

        assertThat(r.status()).as(r.toString()).isEqualTo(403);
        assertThat(r.header("Content-Type").orElse("")).startsWith("text/html");
        assertNoRecordData(r, record);
        assertThat(record.snapshot(route.subject())).as("the refused request changed nothing").isEqualTo(before);
        assertDenialAudited(audited, role, denial.auditAction(), record, route.subject(), Channel.WEB);
    }

    private static WebHarness.Res sendPage(Route route, Role role, String path, Map<String, Object> form,
                                           long version) {
        return sendPage(route, SESSIONS.get(role), path, form, version);
    }

    private static WebHarness.Res sendPage(Route route, Session session, String path, Map<String, Object> form,
                                           long version) {
        String cookie = WebServer.SESSION_COOKIE + "=" + session.cookie();
        if (route.method().equals("GET")) {
            return web.send("GET", path, null, null, "Cookie", cookie);
        }
        Map<String, Object> fields = new LinkedHashMap<>(form);
        fields.put(WebServer.CSRF_FIELD, session.csrf());
        if (route.ifMatch()) {
            fields.put("version", String.valueOf(version));
        }
        return web.send("POST", path, formBody(fields), "application/x-www-form-urlencoded", "Cookie", cookie,
                "Origin", web.base);
    }

    private static String formBody(Map<String, Object> fields) {
        return fields.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + java.net.URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
    }

    private static Session signIn(Role role) {
        return signIn(web.emails.get(role));
    }

    private static Session signIn(String email) {
        WebHarness.Res page = web.get(null, "/sign-in");
        String token = page.cookie(WebServer.SIGN_IN_CSRF_COOKIE).orElseThrow();
        WebHarness.Res signedIn = web.send("POST", "/sign-in", formBody(Map.of(WebServer.CSRF_FIELD, page.csrf().orElseThrow(),
                        "email", email, "password", WebHarness.PASSWORD)),
                "application/x-www-form-urlencoded", "Cookie", WebServer.SIGN_IN_CSRF_COOKIE + "=" + token,
                "Origin", web.base);
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(303);
        String cookie = signedIn.cookie(WebServer.SESSION_COOKIE).orElseThrow();
        WebHarness.Res queue = web.send("GET", "/cases", null, null, "Cookie", WebServer.SESSION_COOKIE + "=" + cookie);
        return new Session(cookie, queue.csrf().orElseThrow());
    }

    // --- requests ----------------------------------------------------------------------------------

    private static WebHarness.Res send(Route route, Role role, String path, Map<String, Object> body, long version) {
        List<String> headers = new ArrayList<>();
        if (route.ifMatch()) {
            headers.add("If-Match");
            headers.add(String.valueOf(version));
        }
        if (role == null) {
            throw new IllegalArgumentException("a role, or sendAs with a token");
        }
        String[] h = headers.toArray(String[]::new);
        return switch (route.method()) {
            case "GET" -> web.get(role, path, h);
            case "POST" -> web.post(role, path, body, h);
            case "PATCH" -> web.patch(role, path, body, h);
            case "PUT" -> web.put(role, path, body, h);
            default -> throw new IllegalStateException("the sweep does not know how to send " + route.method());
        };
    }

    /** The request as the agent behind {@code token}. */
    private static WebHarness.Res sendAs(String token, Route route, String path, Map<String, Object> body, long version) {
        List<String> headers = new ArrayList<>(List.of("Authorization", "Bearer " + token));
        if (route.ifMatch()) {
            headers.add("If-Match");
            headers.add(String.valueOf(version));
        }
        String[] h = headers.toArray(String[]::new);
        return switch (route.method()) {
            case "GET" -> web.send("GET", path, null, null, h);
            case "POST", "PATCH" -> web.send(route.method(), path, WebHarness.write(body), "application/json", h);
            default -> throw new IllegalStateException("the sweep does not know how to send " + route.method());
        };
    }

    // --- (3) restricted customers, as agents who are not screened ---------------------------------------

    /** Every route of the table that names a customer's record (not a health issue), with every role. */
    private static Stream<Arguments> recordRoutesByRole(Map<String, Route> table) {
        return table.values().stream()
                .filter(route -> route.subject() != Subject.NONE && route.subject() != Subject.HEALTH_ISSUE)
                .flatMap(route -> Stream.of(Role.values()).map(role -> Arguments.of(route, role)));
    }

    static Stream<Arguments> restrictedRecords() {
        return recordRoutesByRole(ROUTES);
    }

    /** A restricted customer's record (the sample customers are GCC High) of the kind the route names. */
    private static Fixture restrictedRecordFor(Route route) {
        return Fixture.make(route.subject() == Subject.SERVICE_REQUEST ? Record.OFFICE_REQUEST : Record.OFFICE_CASE);
    }

    @ParameterizedTest(name = "{0} as an unscreened {1} on a restricted customer's record")
    @MethodSource("restrictedRecords")
    void aRestrictedCustomersRecordDoesNotExistForAnAgentWhoIsNotScreened(Route route, Role role) {
        Fixture record = restrictedRecordFor(route);
        String path = PARAM.matcher(route.path()).replaceAll(Matcher.quoteReplacement(record.idFor(route.subject())));
        String before = record.snapshot(route.subject());
        int audited = auditSize();

        WebHarness.Res r = sendAs(web.unscreenedTokens.get(role), route, path, route.body(), record.version());

        assertProblem(r, 404);
        assertNoRecordData(r, record);
        if (route.subject() != Subject.CUSTOMER) {
            assertThat(r.body()).as("a 404 that names the customer would say the record exists")
                    .doesNotContain(record.tenantId());
        }
        assertThat(record.snapshot(route.subject())).as("the refused request changed nothing").isEqualTo(before);
        assertRestrictedRefusalAudited(audited, web.unscreenedEmails.get(role), Channel.API);
    }

    static Stream<Arguments> restrictedPages() {
        return recordRoutesByRole(PAGES);
    }

    @ParameterizedTest(name = "page {0} as an unscreened {1} on a restricted customer's record")
    @MethodSource("restrictedPages")
    void aRestrictedCustomersPageIs404ForAnAgentWhoIsNotScreened(Route route, Role role) {
        Fixture record = restrictedRecordFor(route);
        String path = PARAM.matcher(route.path()).replaceAll(Matcher.quoteReplacement(record.idFor(route.subject())));
        String before = record.snapshot(route.subject());

        WebHarness.Res r = sendPage(route, UNSCREENED_SESSIONS.get(role), path, route.body(), record.version());

        assertThat(r.status()).as("%s %s: %s", route.method(), path, r).isEqualTo(404);
        assertThat(r.header("Content-Type").orElse("")).startsWith("text/html");
        assertNoRecordData(r, record);
        assertThat(record.snapshot(route.subject())).as("the refused request changed nothing").isEqualTo(before);
    }

    @Test
    void everyListSearchCountReportAndTheAuditTrailLeaveRestrictedCustomersOutForAnAgentWhoIsNotScreened() {
        Fixture restricted = Fixture.make(Record.OFFICE_REQUEST);
        String litwareCase = Fixture.ok(web.post(GLOBAL_ADMIN, "/api/v1/customers/" + LITWARE + "/cases",
                WebHarness.unavailableCase()), 201).get("id").asText();
        String admin = web.unscreenedTokens.get(GLOBAL_ADMIN);
        Route get = new Route("GET", "", Subject.NONE, Map.of(), false, List.of());

        JsonNode customers = sendAs(admin, get, "/api/v1/customers", null, 0).json();
        JsonNode cases = sendAs(admin, get, "/api/v1/cases?limit=500", null, 0).json();
        JsonNode search = sendAs(admin, get, "/api/v1/cases?q=" + restricted.marker(), null, 0).json();
        JsonNode byCustomer = sendAs(admin, get, "/api/v1/cases?tenantId=" + CONTOSO, null, 0).json();
        JsonNode requests = sendAs(admin, get, "/api/v1/service-requests", null, 0).json();
        JsonNode report = sendAs(admin, get, "/api/v1/reports/escalations?since=2020-01-01T00:00:00Z", null, 0).json();
        JsonNode fullReport = web.get(GLOBAL_ADMIN, "/api/v1/reports/escalations?since=2020-01-01T00:00:00Z").json();
        WebHarness.Res audit = sendAs(admin, get, "/api/v1/audit", null, 0);

        assertThat(customers.toString()).contains(LITWARE).doesNotContain(CONTOSO, Samples.FABRIKAM_ID.value());
        assertThat(cases.toString()).contains(litwareCase).doesNotContain(restricted.caseId(), CONTOSO);
        assertThat(cases.get("total").asLong()).isEqualTo(cases.get("items").size());
        assertThat(search.get("total").asLong()).isZero();
        assertThat(byCustomer.get("total").asLong()).isZero();
        assertThat(requests.toString()).doesNotContain(restricted.requestId(), CONTOSO);
        assertThat(report.get("casesOpened").asLong()).isEqualTo(1);
        assertThat(fullReport.get("casesOpened").asLong()).isGreaterThan(1);
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body()).doesNotContain(CONTOSO, restricted.caseId());
        Session session = UNSCREENED_SESSIONS.get(GLOBAL_ADMIN);
        for (String page : List.of("/customers", "/cases", "/cases?q=" + restricted.marker(), "/service-requests",
                "/health")) {
            WebHarness.Res r = web.send("GET", page, null, null, "Cookie", WebServer.SESSION_COOKIE + "=" + session.cookie());
            assertThat(r.status()).as(page).isEqualTo(200);
            // the search page shows what was searched for: the marker may be in its search box, never a result
            assertThat(r.body()).as(page).doesNotContain(restricted.caseId(), restricted.requestId(),
                    "Contoso Defense Solutions", CONTOSO);
        }
        WebHarness.Res screened = web.send("GET", "/customers", null, null, "Cookie",
                WebServer.SESSION_COOKIE + "=" + SESSIONS.get(GLOBAL_ADMIN).cookie());
        assertThat(screened.body()).contains("Contoso Defense Solutions", "Litware Civic Services");
    }

    private static void assertRestrictedRefusalAudited(int before, String agent, Channel channel) {
        List<AuditEvent> added = newAuditEvents(before);
        assertThat(added).as("the refusal is audited").anySatisfy(e -> {
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(e.actor()).isEqualTo(agent);
            assertThat(e.channel()).isEqualTo(channel);
            assertThat(e.detail()).isEqualTo("restricted customer; the agent is not screened");
        });
        assertThat(added).as("nothing the refused request did was recorded as allowed")
                .noneMatch(e -> e.outcome() == AuditOutcome.ALLOWED && e.actor().equals(agent));
    }

    // --- the records refused roles are tried on ------------------------------------------------------

    /**
     * A record made for one attempt, with a marker in every text of it, so that a refusal that leaks any of
     * it is caught.
     */
    record Fixture(String marker, String tenantId, String customerName, String caseId, long version,
                   String requestId) {

        static Fixture make(Record kind) {
            String marker = "MARK" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            if (kind == Record.NONE) {
                return new Fixture(marker, CONTOSO, "Contoso Defense Solutions", null, 0, null);
            }
            boolean azure = kind == Record.AZURE_CASE || kind == Record.AZURE_REQUEST;
            Map<String, Object> body = WebHarness.unavailableCase();
            body.put("service", azure ? "Azure Virtual Machines" : "Exchange Online");
            body.put("title", "Sweep " + marker + " title");
            body.put("description", "Sweep " + marker + " description");
            if (kind == Record.RESOLVED_CASE) {
                body.put("classification", "CONFIGURATION");
            }
            JsonNode c = ok(web.post(GLOBAL_ADMIN, "/api/v1/customers/" + CONTOSO + "/cases", body), 201);
            String caseId = c.get("id").asText();
            ok(web.post(GLOBAL_ADMIN, "/api/v1/cases/" + caseId + "/notes", Map.of("text", "Note " + marker)), 201);
            long version = ok(web.get(GLOBAL_ADMIN, "/api/v1/cases/" + caseId), 200).get("version").asLong();
            String requestId = null;
            if (kind == Record.RESOLVED_CASE) {
                version = ok(web.post(GLOBAL_ADMIN, "/api/v1/cases/" + caseId + "/resolve",
                        Map.of("resolution", "Resolved " + marker), "If-Match", String.valueOf(version)), 200)
                        .get("version").asLong();
            }
            if (kind == Record.OFFICE_REQUEST || kind == Record.AZURE_REQUEST) {
                Map<String, Object> draft = WebHarness.escalationDraft(azure ? Samples.VM_TOPIC : Samples.MAIL_FLOW_TOPIC);
                draft.put("title", "Request " + marker);
                draft.put("description", "Request " + marker + " description");
                requestId = ok(web.post(GLOBAL_ADMIN, "/api/v1/cases/" + caseId + "/escalation", draft,
                        "If-Match", String.valueOf(version)), 201).get("id").asText();
                version = ok(web.get(GLOBAL_ADMIN, "/api/v1/cases/" + caseId), 200).get("version").asLong();
            }
            return new Fixture(marker, CONTOSO, "Contoso Defense Solutions", caseId, version, requestId);
        }

        String idFor(Subject subject) {
            return switch (subject) {
                case CUSTOMER -> tenantId;
                case CASE -> caseId;
                case SERVICE_REQUEST -> requestId;
                case NOTIFICATION -> String.valueOf(caseId == null ? web.parkedNotification()
                        : web.parkedNotification(caseId, tenantId));
                case HEALTH_ISSUE, NONE -> "";
            };
        }

        /** What the record looks like to the global admin, to compare before and after a refusal. */
        String snapshot(Subject subject) {
            return switch (subject) {
                case CASE -> ok(web.get(GLOBAL_ADMIN, "/api/v1/cases/" + caseId), 200).toString();
                case SERVICE_REQUEST -> ok(web.get(GLOBAL_ADMIN, "/api/v1/service-requests/" + requestId), 200).toString();
                case NOTIFICATION -> ok(web.get(GLOBAL_ADMIN, "/api/v1/notifications?state=PARKED&limit=200"), 200)
                        .toString();
                default -> ok(web.get(GLOBAL_ADMIN, "/api/v1/agents?limit=500"), 200).toString()
                        + ok(web.get(GLOBAL_ADMIN, "/api/v1/partner"), 200);
            };
        }

        private static JsonNode ok(WebHarness.Res r, int status) {
            assertThat(r.status()).as("setting up the sweep: %s", r).isEqualTo(status);
            return r.json();
        }
    }

    // --- what a refusal must look like ----------------------------------------------------------------

    private static void assertProblem(WebHarness.Res r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = r.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.fieldNames()).toIterable()
                .as("a refusal carries the problem's fields and nothing else")
                .isSubsetOf("type", "title", "status", "detail", "errors", "correlationId");
    }

    private static void assertNoRecordData(WebHarness.Res r, Fixture record) {
        assertThat(r.body()).as("nothing of the record in a refusal").doesNotContain(record.marker())
                .doesNotContain(record.customerName()).doesNotContain("Exchange Online")
                .doesNotContain("Azure Virtual Machines");
        if (record.requestId() != null) {
            assertThat(r.body()).doesNotContain("primaryContact").doesNotContain("supportTopicName");
        }
    }

    private static int auditSize() {
        return web.desk.storage().audit().since(Optional.empty(), Integer.MAX_VALUE).size();
    }

    private static List<AuditEvent> newAuditEvents(int before) {
        List<AuditEvent> all = web.desk.storage().audit().since(Optional.empty(), Integer.MAX_VALUE);
        return all.subList(before, all.size());
    }

    private static void assertDenialAudited(int before, Role role, String action, Fixture record, Subject subject) {
        assertDenialAudited(before, role, action, record, subject, Channel.API);
    }

    private static void assertDenialAudited(int before, Role role, String action, Fixture record, Subject subject,
                                            Channel channel) {
        Function<AuditEvent, String> describe = e -> e.outcome() + " " + e.action() + " by " + e.actor() + " via "
                + e.channel() + " customer " + e.customer() + " case " + e.caseId();
        List<AuditEvent> added = newAuditEvents(before);
        assertThat(added).as("audit lines written by the refused request: %s", added.stream().map(describe).toList())
                .anySatisfy(e -> {
                    assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
                    assertThat(e.action()).isEqualTo(action);
                    assertThat(e.actor()).isEqualTo(web.emails.get(role));
                    assertThat(e.roles()).containsExactly(role);
                    assertThat(e.channel()).isEqualTo(channel);
                    assertThat(e.detail()).isNotBlank();
                    if (subject == Subject.CASE || subject == Subject.SERVICE_REQUEST) {
                        assertThat(e.customer().map(t -> t.value())).contains(record.tenantId());
                        assertThat(e.caseId().map(c -> c.value())).contains(record.caseId());
                    }
                });
        assertThat(added).as("nothing the refused request did was recorded as allowed")
                .noneMatch(e -> e.outcome() == AuditOutcome.ALLOWED && e.actor().equals(web.emails.get(role)));
    }
}
