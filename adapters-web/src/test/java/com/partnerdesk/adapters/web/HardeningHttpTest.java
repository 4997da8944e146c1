package com.partnerdesk.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerdesk.application.error.StorageException;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.FindCasesUseCase;
import com.partnerdesk.domain.agent.Role;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The low findings of the hostile test, over HTTP (issue 13). */
class HardeningHttpTest {
    private final WebHarness web = new WebHarness();

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void aSinceOutsideTheCalendarIsA400NamingSinceNotA500() {
        for (String path : new String[] {"/api/v1/audit", "/api/v1/reports/escalations"}) {
            for (String since : new String[] {"%2B1000000000-12-31T23:59:59Z", "-5000-01-01T00:00:00Z"}) {
                WebHarness.Res r = web.get(Role.GLOBAL_ADMIN, path + "?since=" + since);

                assertThat(r.status()).as(path + " " + r).isEqualTo(400);
                assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("since");
                assertThat(r.body()).contains("outside the years 1970 to 9999");
            }
        }
    }

    @Test
    void anEvidenceStartTimeOutsideTheCalendarIsA400NamingTheField() {
        JsonNode c = web.openEscalatableCase();
        Map<String, Object> draft = WebHarness.escalationDraft("32444671");
        draft.put("evidence", Map.of("affectedUsers", "all", "startedAt", "0001-01-01T00:00:00Z"));

        WebHarness.Res r = web.post(Role.GLOBAL_ADMIN, "/api/v1/cases/" + c.get("id").asText() + "/escalation", draft,
                "If-Match", c.get("version").asText());

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("evidence.startedAt");
    }

    @Test
    void anOverrideReasonLongerThanTheLimitIsA400() {
        JsonNode c = web.openEscalatableCase();

        WebHarness.Res r = web.post(Role.GLOBAL_ADMIN, "/api/v1/cases/" + c.get("id").asText() + "/triage",
                Map.of("overrideReason", "x".repeat(5000)), "If-Match", c.get("version").asText());

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.body()).contains("overrideReason", "at most 2000");
    }

    @Test
    void xHttpMethodOverrideCannotTurnAGetIntoAStateChange() {
        JsonNode c = web.openEscalatableCase();
        String path = "/api/v1/cases/" + c.get("id").asText();

        WebHarness.Res r = web.send("GET", path + "/close", null, null, "Authorization",
                "Bearer " + web.tokens.get(Role.GLOBAL_ADMIN), "X-HTTP-Method-Override", "POST", "If-Match",
                c.get("version").asText());
        WebHarness.Res read = web.get(Role.GLOBAL_ADMIN, path, "X-HTTP-Method-Override", "POST");

        assertThat(r.status()).isIn(404, 405);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("status").asText()).isEqualTo(c.get("status").asText());
        assertThat(read.json().get("version").asLong()).isEqualTo(c.get("version").asLong());
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        WebHarness.Res get = web.get(Role.HELPDESK_AGENT, "/api/v1/cases");
        WebHarness.Res head = web.send("HEAD", "/api/v1/cases", null, null, "Authorization",
                "Bearer " + web.tokens.get(Role.HELPDESK_AGENT));
        WebHarness.Res anonymous = web.send("HEAD", "/api/v1/cases", null, null);
        WebHarness.Res signInPage = web.send("HEAD", "/sign-in", null, null);

        assertThat(head.status()).isEqualTo(get.status()).isEqualTo(200);
        assertThat(head.header("Content-Type")).isEqualTo(get.header("Content-Type"));
        assertThat(head.body()).isEmpty();
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(signInPage.status()).isEqualTo(200);
    }

    @Test
    void invalidUtf8IsRefusedWithAClear400AndNothingIsStored() {
        byte[] overlongSlash = ("{\"service\":\"Exchange Online\",\"title\":\"a\u0000b\",\"description\":\"x\"}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = new String(overlongSlash, StandardCharsets.UTF_8).replace("\u0000", "__").getBytes(StandardCharsets.UTF_8);
        int at = new String(body, StandardCharsets.UTF_8).indexOf("__");
        body[at] = (byte) 0xC0;
        body[at + 1] = (byte) 0xAF;
        long before = web.desk.findCases().search(com.partnerdesk.application.fakes.Desk.globalAdmin(),
                com.partnerdesk.application.port.in.CaseSearch.all(100)).total();

        WebHarness.Res r = web.sendBytes("POST", "/api/v1/customers/" + Samples.CONTOSO_ID.value() + "/cases", body,
                "application/json", "Authorization", "Bearer " + web.tokens.get(Role.GLOBAL_ADMIN));
        WebHarness.Res query = web.send("GET", "/api/v1/cases?q=%C0%AF", null, null, "Authorization",
                "Bearer " + web.tokens.get(Role.GLOBAL_ADMIN));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("not valid UTF-8");
        assertThat(query.status()).isEqualTo(400);
        assertThat(query.json().get("errors").get(0).get("field").asText()).isEqualTo("query");
        assertThat(web.desk.findCases().search(com.partnerdesk.application.fakes.Desk.globalAdmin(),
                com.partnerdesk.application.port.in.CaseSearch.all(100)).total()).isEqualTo(before);
    }

    @Test
    void aBadBodyIsDescribedWithoutNamingTheLibrariesBehindTheDesk() {
        String deep = "{\"a\":" + "[".repeat(1200) + "]".repeat(1200) + "}";
        String longNumber = "{\"title\":" + "9".repeat(1200) + "}";
        for (String body : new String[] {deep, longNumber, "{\"a\":1,\"a\":2}", "{\"a\": tru}"}) {
            WebHarness.Res r = web.post(Role.GLOBAL_ADMIN, "/api/v1/customers/" + Samples.CONTOSO_ID.value() + "/cases",
                    body);

            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.body()).as(body.substring(0, Math.min(20, body.length()))).doesNotContain("StreamReadConstraints", "com.fasterxml",
                    "jackson", "java.", "Exception", "`");
        }
    }

    @Test
    void aFullDiskIsA507WithRetryAfterAndAPlainMessage() {
        com.partnerdesk.application.fakes.Desk fresh = com.partnerdesk.application.fakes.Desk.inMemoryWithSamples();
        FindCasesUseCase full = new FindCasesUseCase() {
            @Override
            public com.partnerdesk.application.port.in.CaseList search(com.partnerdesk.application.port.in.Caller caller,
                                                                       com.partnerdesk.application.port.in.CaseSearch search) {
                throw new StorageException(StorageException.Kind.DISK_FULL,
                        "The disk holding the database /srv/pd/partnerdesk.db is full", null);
            }

            @Override
            public com.partnerdesk.application.port.in.CaseView get(com.partnerdesk.application.port.in.Caller caller,
                                                                    com.partnerdesk.domain.ids.CaseId id) {
                return fresh.findCases().get(caller, id);
            }
        };
        WebDependencies d = WebHarness.deps(fresh);
        WebDependencies deps = new WebDependencies(d.openCase(), d.triageCase(), d.addNote(), d.escalateCase(),
                d.changeCaseStatus(), full, d.customers(), d.healthIssues(), d.healthSync(), d.referenceData(), d.agents(),
                d.authenticate(), d.serviceRequests(), d.delivery(), d.audit(), d.escalationMetrics(),
                d.customerOverview(), d.abilities(), d.escalationDrafts(), d.askForEscalation(),
                d.showPartnerProfile(), d.updatePartnerProfile(), d.groupMappings(), d.secondFactor(),
                d.identitySignIn(), d.changeOwner(), d.showCustomerClock(), d.updateCustomerClock(),
                d.notifications(), d.mailSettings(), d.customerUpdates(), d.clock());
        try (WebHarness w = new WebHarness(fresh, WebSettings.defaults(false), deps)) {
            WebHarness.Res r = w.get(Role.GLOBAL_ADMIN, "/api/v1/cases");

            assertThat(r.status()).isEqualTo(507);
            assertThat(r.header("Retry-After")).isPresent();
            assertThat(r.body()).contains("disk is full").doesNotContain("/srv/pd");
        }
    }
}
