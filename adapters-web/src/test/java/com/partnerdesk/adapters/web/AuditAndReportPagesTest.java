package com.partnerdesk.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.audit.Channel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pages for what only the CLI had: the audit trail (filters, words, the agent's time zone, refused filters kept as
 * typed, the formula-safe CSV export recorded in the trail) for those allowed to read it, and the escalation report's
 * figures and server-drawn SVG charts.
 */
class AuditAndReportPagesTest {
    private static final String NEW_YORK = "pd_tz=America%2FNew_York";
    private WebHarness web;

    @BeforeEach
    void start() {
        web = new WebHarness();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    /** A page as the role (its API token works for pages too), read in New York's time zone. */
    private WebHarness.Res page(Role role, String path) {
        return web.get(role, path, "Cookie", NEW_YORK);
    }

    /** A sales agent's refused escalation of an Office 365 case, then the clock moves on an hour. */
    private JsonNode refusedEscalation() {
        JsonNode c = web.openEscalatableCase();
        WebHarness.Res refused = web.post(Role.SALES_AGENT, "/api/v1/cases/" + c.get("id").asText() + "/escalation",
                WebHarness.escalationDraft(Samples.MAIL_FLOW_TOPIC), "If-Match", c.get("version").asText());
        assertThat(refused.status()).isEqualTo(403);
        web.clock().advance(Duration.ofHours(1));
        return c;
    }

    private static List<String> rows(String html) {
        Matcher m = Pattern.compile("(?s)<tr>\\s*<td[ >](.*?)</tr>").matcher(html);
        List<String> rows = new java.util.ArrayList<>();
        while (m.find()) {
            rows.add(m.group(1));
        }
        return rows;
    }

    @Test
    void theAuditPageFiltersByOutcomeActionCustomerAndCaseAndSpeaksInWords() {
        JsonNode refusedCase = refusedEscalation();
        JsonNode other = web.openCase(Samples.FABRIKAM_ID.value(), "Exchange Online", "UNAVAILABLE");

        WebHarness.Res all = page(Role.ADMIN_AGENT, "/audit");
        WebHarness.Res denied = page(Role.ADMIN_AGENT, "/audit?outcome=DENIED&action=case.escalate");
        WebHarness.Res byCustomer = page(Role.ADMIN_AGENT, "/audit?tenantId=" + Samples.FABRIKAM_ID.value());
        WebHarness.Res byShortId = page(Role.ADMIN_AGENT, "/audit?caseId="
                + refusedCase.get("id").asText().substring(0, 8) + "&agent=SALES");

        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(rows(all.body())).hasSizeGreaterThanOrEqualTo(3);
        assertThat(rows(denied.body())).singleElement().asString()
                .contains(web.emails.get(Role.SALES_AGENT), "Case: escalate", "Refused", "Contoso Defense Solutions",
                        "Sales agent");
        assertThat(denied.body()).doesNotContain("case.escalate</td>").doesNotContain(">DENIED<");
        assertThat(rows(byCustomer.body())).isNotEmpty().allSatisfy(row -> assertThat(row)
                .contains("Fabrikam").doesNotContain("Contoso"));
        assertThat(byCustomer.body()).contains(other.get("id").asText().substring(0, 8));
        assertThat(rows(byShortId.body())).singleElement().asString().contains("Refused");
        assertThat(all.body()).as("times in the agent's zone with UTC at hand").contains("<time datetime=\"")
                .contains(" EDT").contains(" UTC\"");
        assertThat(denied.body()).contains("<option value=\"case.escalate\" selected>Case: escalate</option>");
    }

    @Test
    void timeFiltersAreTheAgentsWallClockTimes() {
        refusedEscalation(); // at 14:00 UTC, 10:00 in New York; the clock then moves to 15:00 UTC
        web.openCase(Samples.FABRIKAM_ID.value(), "Exchange Online", "UNAVAILABLE");

        WebHarness.Res after = page(Role.GLOBAL_ADMIN, "/audit?from=2026-03-10T10:30");
        WebHarness.Res before = page(Role.GLOBAL_ADMIN, "/audit?until=2026-03-10T10:30");

        assertThat(rows(after.body())).isNotEmpty().allSatisfy(row -> assertThat(row).contains("11:00 EDT"));
        assertThat(rows(before.body())).isNotEmpty().allSatisfy(row -> assertThat(row).contains("10:00 EDT"));
        assertThat(after.body()).contains("value=\"2026-03-10T10:30\"");
    }

    @Test
    void aFilterThatCannotBeReadIsShownBesideItsFieldWithWhatWasTyped() {
        WebHarness.Res r = page(Role.ADMIN_AGENT, "/audit?caseId=not-a-case&outcome=MAYBE&from=yesterday");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("role=\"alert\"")
                .contains("id=\"caseId-error\"").contains("value=\"not-a-case\"")
                .contains("id=\"outcome-error\"").contains("id=\"from-error\"").contains("value=\"yesterday\"")
                .contains("aria-describedby=\"caseId-error\"")
                .doesNotContain("Export as CSV");
    }

    @Test
    void onlyThoseAllowedToReadTheTrailSeeItInTheMenuAndOnTheirScreen() {
        assertThat(page(Role.ADMIN_AGENT, "/cases").body()).contains("href=\"/audit\"");
        assertThat(page(Role.HELPDESK_AGENT, "/cases").body()).doesNotContain("href=\"/audit\"")
                .contains("href=\"/reports/escalations\"");

        WebHarness.Res refused = page(Role.HELPDESK_AGENT, "/audit");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain(web.emails.get(Role.GLOBAL_ADMIN));
        assertThat(page(Role.SALES_AGENT, "/audit/export.csv").status()).isEqualTo(403);
    }

    @Test
    void theCsvExportIsFormulaSafeCarriesTheFiltersAndIsItselfRecorded() {
        refusedEscalation();
        web.desk.storage().unitOfWork().writeVoid(() -> web.desk.storage().audit().append(AuditEvent.anonymous(
                "=HYPERLINK(\"http://evil.example\",\"click\")", "agent.sign-in", Channel.WEB,
                "+cmd|' /C calc'!A0, then @SUM(1)", web.clock().instant())));

        WebHarness.Res all = page(Role.ADMIN_AGENT, "/audit/export.csv?action=agent.sign-in");
        WebHarness.Res denied = page(Role.ADMIN_AGENT, "/audit/export.csv?outcome=DENIED&action=case.escalate");

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.header("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(all.header("Content-Disposition").orElse("")).startsWith("attachment; filename=\"partnerdesk-audit-");
        List<String> lines = all.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("at,actor,actorKind,roles,action,tenantId,caseId,channel,outcome,detail");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"")
                .contains("\"'+cmd|' /C calc'!A0, then @SUM(1)\"").contains(",ANONYMOUS,,agent.sign-in,");
        assertThat(denied.body().lines().skip(1).toList()).singleElement().asString()
                .contains(web.emails.get(Role.SALES_AGENT)).contains(",SALES_AGENT,case.escalate,")
                .contains(",API,DENIED,");
        AuditEvent export = web.desk.storage().unitOfWork().read(() -> web.desk.storage().audit()
                .since(Optional.empty(), Integer.MAX_VALUE)).stream().filter(e -> e.action().equals("audit.export"))
                .reduce((first, second) -> second).orElseThrow();
        assertThat(export.actor()).isEqualTo(web.emails.get(Role.ADMIN_AGENT));
        assertThat(export.outcome()).isEqualTo(AuditOutcome.ALLOWED);
        assertThat(export.detail()).isEqualTo("1 event(s); filters: action case.escalate, outcome DENIED");
    }

    @Test
    void theApiTakesTheSameFilters() {
        refusedEscalation();

        WebHarness.Res r = web.get(Role.ADMIN_AGENT, "/api/v1/audit?outcome=denied&agent=sales");
        WebHarness.Res bad = web.get(Role.ADMIN_AGENT, "/api/v1/audit?caseId=zz&until=2026-01-01T00:00:00Z"
                + "&from=2026-02-01T00:00:00Z");

        assertThat(r.json().get("items")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.get("outcome").asText()).isEqualTo("DENIED");
            assertThat(e.get("actor").asText()).isEqualTo(web.emails.get(Role.SALES_AGENT));
        });
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsText("field")).contains("caseId");
    }

    @Test
    void theReportPageDrawsItsFourChartsAsSvgWithTheirFigures() {
        web.escalate(web.openEscalatableCase(), Samples.MAIL_FLOW_TOPIC);
        web.openCase(Samples.FABRIKAM_ID.value(), "Exchange Online", "CONFIGURATION");
        web.clock().advance(Duration.ofHours(5));

        WebHarness.Res r = page(Role.SALES_AGENT, "/reports/escalations?since=2026-03-09T00:00");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        String html = r.body();
        assertThat(Pattern.compile("<svg [^>]*role=\"img\"").matcher(html).results().count()).isEqualTo(4);
        assertThat(html).contains("id=\"chart-categories\"", "id=\"chart-deflection\"", "id=\"chart-turnaround\"",
                "id=\"chart-breaches\"");
        assertThat(html).contains("Service unavailable").contains("100% · 1 of 1")
                .doesNotContain("SERVICE_UNAVAILABLE");
        assertThat(html).contains("<title id=\"chart-breaches-title\">Vendor response targets missed, day by day</title>");
        assertThat(html).contains("<th scope=\"row\">10 Mar</th><td data-label=\"Opened\">2</td>");
        String charts = html.substring(html.indexOf("<svg"), html.lastIndexOf("</svg>"));
        assertThat(charts).doesNotContain("<script").doesNotContain(" on").doesNotContain("href");
        assertThat(html).contains("value=\"2026-03-09T00:00\"");
    }

    @Test
    void aReportSinceThatCannotBeReadIsShownBesideItsField() {
        WebHarness.Res r = page(Role.HELPDESK_AGENT, "/reports/escalations?since=last%20week");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"since-error\"").contains("value=\"last week\"")
                .contains("the report covers the last 30 days instead");
    }
}
