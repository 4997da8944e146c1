package com.partnerdesk.adapters.web;

import static com.partnerdesk.domain.agent.Role.ADMIN_AGENT;
import static com.partnerdesk.domain.agent.Role.GLOBAL_ADMIN;
import static com.partnerdesk.domain.agent.Role.HELPDESK_AGENT;
import static com.partnerdesk.domain.agent.Role.SALES_AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.domain.agent.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC §2 as one table: every role against every action the web offers, through the API (and the pages that only
 * read: the audit trail, its CSV export, the escalation report). "✓" is the
 * action's success status, "✗" is 403. (Recording health issues and managing customers have no web
 * route: they are ops CLI imports.)
 */
class PermissionMatrixTest {
    private static WebHarness web;

    @BeforeAll
    static void start() {
        web = new WebHarness();
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    private static final String CONTOSO = Samples.CONTOSO_ID.value();

    /** The actions of the matrix: each sets up what it needs as the global admin, then acts as the role. */
    enum Act {
        VIEW_CUSTOMERS(200, (w, r) -> w.get(r, "/api/v1/customers/" + CONTOSO)),
        VIEW_HEALTH(200, (w, r) -> w.get(r, "/api/v1/health/issues?active=true")),
        VIEW_HEALTH_SYNC(200, (w, r) -> w.get(r, "/api/v1/health/sync")),
        VIEW_CASES(200, (w, r) -> w.get(r, "/api/v1/cases/" + w.openEscalatableCase().get("id").asText())),
        VIEW_SERVICE_REQUESTS(200, (w, r) -> w.get(r, "/api/v1/service-requests")),
        OPEN_CASE(201, (w, r) -> w.post(r, "/api/v1/customers/" + CONTOSO + "/cases", WebHarness.unavailableCase())),
        ADD_NOTE(201, (w, r) -> w.post(r, "/api/v1/cases/" + w.openEscalatableCase().get("id").asText() + "/notes",
                Map.of("text", "Called the customer back"))),
        RECORD_TROUBLESHOOTING(201, (w, r) -> w.post(r, "/api/v1/cases/" + w.openEscalatableCase().get("id").asText()
                + "/notes", Map.of("text", "Recreated the connector", "kind", "TROUBLESHOOTING"))),
        TRIAGE(200, (w, r) -> {
            JsonNode c = w.openEscalatableCase();
            return w.post(r, "/api/v1/cases/" + c.get("id").asText() + "/triage", Map.of(), "If-Match", c.get("version").asText());
        }),
        RESOLVE(200, (w, r) -> {
            JsonNode c = w.openCase(CONTOSO, "Exchange Online", "CONFIGURATION");
            return w.post(r, "/api/v1/cases/" + c.get("id").asText() + "/resolve", Map.of("resolution", "Fixed"),
                    "If-Match", c.get("version").asText());
        }),
        TAKE_CASE(200, (w, r) -> w.post(r, "/api/v1/cases/" + w.openEscalatableCase().get("id").asText() + "/owner",
                Map.of("agent", w.emails.get(r)))),
        ASSIGN_CASE(200, (w, r) -> w.post(r, "/api/v1/cases/" + w.openEscalatableCase().get("id").asText() + "/owner",
                Map.of("agent", w.emails.get(r == Role.ADMIN_AGENT ? Role.HELPDESK_AGENT : Role.ADMIN_AGENT)))),
        ESCALATE_OFFICE_365(201, (w, r) -> {
            JsonNode c = w.openEscalatableCase();
            return w.post(r, "/api/v1/cases/" + c.get("id").asText() + "/escalation",
                    WebHarness.escalationDraft(Samples.MAIL_FLOW_TOPIC), "If-Match", c.get("version").asText());
        }),
        ESCALATE_AZURE(201, (w, r) -> {
            JsonNode c = w.openCase(CONTOSO, "Azure Virtual Machines", "UNAVAILABLE");
            return w.post(r, "/api/v1/cases/" + c.get("id").asText() + "/escalation",
                    WebHarness.escalationDraft(Samples.VM_TOPIC), "If-Match", c.get("version").asText());
        }),
        UPDATE_SERVICE_REQUEST_OFFICE_365(200, (w, r) -> {
            JsonNode sr = w.escalate(w.openEscalatableCase(), Samples.MAIL_FLOW_TOPIC);
            return w.patch(r, "/api/v1/service-requests/" + sr.get("id").asText(), Map.of("newNote", "Any news?"));
        }),
        UPDATE_SERVICE_REQUEST_AZURE(200, (w, r) -> {
            JsonNode sr = w.escalate(w.openCase(CONTOSO, "Azure Virtual Machines", "UNAVAILABLE"), Samples.VM_TOPIC);
            return w.patch(r, "/api/v1/service-requests/" + sr.get("id").asText(), Map.of("newNote", "Any news?"));
        }),
        RECORD_VENDOR_NUMBER_OFFICE_365(200, (w, r) -> {
            JsonNode sr = w.escalate(w.openEscalatableCase(), Samples.MAIL_FLOW_TOPIC);
            return w.post(r, "/api/v1/service-requests/" + sr.get("id").asText() + "/vendor-number",
                    Map.of("vendorRequestNumber", "2603100040001234"));
        }),
        RECORD_VENDOR_NUMBER_AZURE(200, (w, r) -> {
            JsonNode sr = w.escalate(w.openCase(CONTOSO, "Azure Virtual Machines", "UNAVAILABLE"), Samples.VM_TOPIC);
            return w.post(r, "/api/v1/service-requests/" + sr.get("id").asText() + "/vendor-number",
                    Map.of("vendorRequestNumber", "2603100040001235"));
        }),
        MANAGE_AGENTS(200, (w, r) -> w.get(r, "/api/v1/agents")),
        MANAGE_GROUP_MAPPINGS_PAGE(200, (w, r) -> w.get(r, "/admin/groups")),
        OWN_SECOND_FACTOR_PAGE(200, (w, r) -> w.get(r, "/account/second-factor")),
        VIEW_PARTNER_PROFILE(200, (w, r) -> w.get(r, "/api/v1/partner")),
        UPDATE_PARTNER_PROFILE(200, (w, r) -> {
            String etag = w.get(Role.GLOBAL_ADMIN, "/api/v1/partner").header("ETag").orElseThrow();
            return w.put(r, "/api/v1/partner", Map.of("organization", "Federal Cloud Partners LLC " + r.label(),
                    "primaryContact", Map.of("name", "Dana Whitfield", "email", "dana@federalcloudpartners.example",
                            "phone", "+1 703 555 0100"), "advancedSupport", true), "If-Match", etag);
        }),
        VIEW_CUSTOMER_CLOCK(200, (w, r) -> w.get(r, "/api/v1/settings/customer-clock")),
        UPDATE_CUSTOMER_CLOCK(200, (w, r) -> {
            String etag = w.get(Role.GLOBAL_ADMIN, "/api/v1/settings/customer-clock").header("ETag").orElseThrow();
            return w.put(r, "/api/v1/settings/customer-clock", Map.of("targets", Map.of("MINIMAL",
                    Map.of("resolution", "48h")), "timeZone", "America/New_York", "workingDays",
                    List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"), "opens", "08:00", "closes", "17:00",
                    "holidays", List.of("2026-12-25")), "If-Match", etag);
        }),
        READ_AUDIT(200, (w, r) -> w.get(r, "/api/v1/audit")),
        READ_AUDIT_PAGE(200, (w, r) -> w.get(r, "/audit?outcome=DENIED")),
        EXPORT_AUDIT_CSV(200, (w, r) -> w.get(r, "/audit/export.csv?action=case.escalate")),
        READ_ESCALATION_REPORT(200, (w, r) -> w.get(r, "/api/v1/reports/escalations")),
        READ_ESCALATION_REPORT_PAGE(200, (w, r) -> w.get(r, "/reports/escalations")),
        READ_API_DESCRIPTION(200, (w, r) -> w.get(r, "/api/v1/openapi.json")),
        LIST_NOTIFICATIONS(200, (w, r) -> w.get(r, "/api/v1/notifications?state=PARKED")),
        READ_NOTIFICATIONS_PAGE(200, (w, r) -> w.get(r, "/admin/notifications")),
        RETRY_NOTIFICATION(200, (w, r) -> w.post(r, "/api/v1/notifications/" + w.parkedNotification() + "/retry",
                Map.of())),
        READ_OWN_MAIL_SETTINGS(200, (w, r) -> w.get(r, "/api/v1/me/notifications")),
        READ_OWN_MAIL_SETTINGS_PAGE(200, (w, r) -> w.get(r, "/me/notifications")),
        SEND_CUSTOMER_UPDATE(200, (w, r) -> w.post(r, "/api/v1/cases/" + w.caseOfACustomerWithAContact()
                + "/customer-updates", Map.of("subject", "Exchange Online: an update", "text", "Mail flows again."))),
        CHANGE_OWN_MAIL_SETTINGS(200, (w, r) -> w.put(r, "/api/v1/me/notifications",
                Map.of("mailOff", List.of("case.recheck"))));

        final int success;
        final BiFunction<WebHarness, Role, WebHarness.Res> run;

        Act(int success, BiFunction<WebHarness, Role, WebHarness.Res> run) {
            this.success = success;
            this.run = run;
        }
    }

    private static final String Y = "✓";
    private static final String N = "✗";

    /** action × (Global admin, Admin agent, Helpdesk agent, Sales agent), as SPEC §2 reads. */
    private static final Object[][] MATRIX = {
            {Act.VIEW_CUSTOMERS, Y, Y, Y, Y},
            {Act.VIEW_HEALTH, Y, Y, Y, Y},
            {Act.VIEW_HEALTH_SYNC, Y, Y, Y, Y},
            {Act.VIEW_CASES, Y, Y, Y, Y},
            {Act.VIEW_SERVICE_REQUESTS, Y, Y, Y, Y},
            {Act.OPEN_CASE, Y, Y, Y, Y},
            {Act.ADD_NOTE, Y, Y, Y, Y},
            {Act.RECORD_TROUBLESHOOTING, Y, Y, Y, N},
            {Act.TRIAGE, Y, Y, Y, N},
            {Act.RESOLVE, Y, Y, Y, N},
            {Act.TAKE_CASE, Y, Y, Y, N},
            {Act.ASSIGN_CASE, Y, Y, N, N},
            {Act.ESCALATE_OFFICE_365, Y, Y, Y, N},
            {Act.ESCALATE_AZURE, Y, Y, N, N},
            {Act.UPDATE_SERVICE_REQUEST_OFFICE_365, Y, Y, Y, N},
            {Act.UPDATE_SERVICE_REQUEST_AZURE, Y, Y, N, N},
            {Act.RECORD_VENDOR_NUMBER_OFFICE_365, Y, Y, Y, N},
            {Act.RECORD_VENDOR_NUMBER_AZURE, Y, Y, N, N},
            {Act.MANAGE_AGENTS, Y, N, N, N},
            {Act.MANAGE_GROUP_MAPPINGS_PAGE, Y, N, N, N},
            {Act.OWN_SECOND_FACTOR_PAGE, Y, Y, Y, Y},
            {Act.VIEW_PARTNER_PROFILE, Y, Y, Y, Y},
            {Act.UPDATE_PARTNER_PROFILE, Y, N, N, N},
            {Act.VIEW_CUSTOMER_CLOCK, Y, Y, Y, Y},
            {Act.UPDATE_CUSTOMER_CLOCK, Y, N, N, N},
            {Act.READ_AUDIT, Y, Y, N, N},
            {Act.READ_AUDIT_PAGE, Y, Y, N, N},
            {Act.EXPORT_AUDIT_CSV, Y, Y, N, N},
            {Act.READ_ESCALATION_REPORT, Y, Y, Y, Y},
            {Act.READ_ESCALATION_REPORT_PAGE, Y, Y, Y, Y},
            {Act.READ_API_DESCRIPTION, Y, Y, Y, Y},
            {Act.LIST_NOTIFICATIONS, Y, Y, N, N},
            {Act.READ_NOTIFICATIONS_PAGE, Y, Y, N, N},
            {Act.RETRY_NOTIFICATION, Y, Y, N, N},
            {Act.READ_OWN_MAIL_SETTINGS, Y, Y, Y, Y},
            {Act.READ_OWN_MAIL_SETTINGS_PAGE, Y, Y, Y, Y},
            {Act.CHANGE_OWN_MAIL_SETTINGS, Y, Y, Y, Y},
            {Act.SEND_CUSTOMER_UPDATE, Y, Y, Y, N},
    };

    static Stream<Arguments> matrix() {
        Role[] columns = {GLOBAL_ADMIN, ADMIN_AGENT, HELPDESK_AGENT, SALES_AGENT};
        List<Arguments> rows = new ArrayList<>();
        for (Object[] row : MATRIX) {
            for (int i = 0; i < columns.length; i++) {
                rows.add(Arguments.of(row[0], columns[i], row[i + 1]));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("matrix")
    void eachRoleMayDoWhatSpec2Allows(Act action, Role role, String allowed) {
        WebHarness.Res r = action.run.apply(web, role);
        if (allowed.equals(Y)) {
            assertThat(r.status()).as(r.toString()).isEqualTo(action.success);
        } else {
            assertThat(r.status()).as(r.toString()).isEqualTo(403);
            if (r.raw().uri().getPath().startsWith("/api/")) {
                assertThat(r.header("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(r.json().get("detail").asText()).isNotBlank();
            } else {
                assertThat(r.header("Content-Type").orElse("")).startsWith("text/html");
            }
        }
    }
}
