package com.partnerdesk.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.domain.agent.Role;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The customer's clock over HTTP (issue 12, ADR 0019): a case carries it, a customer update is its first response, a
 * question to the customer pauses it until the answer, the queue marks a warning, and its settings are changed
 * through the API and the settings page, audited and validated field by field.
 */
class CustomerClockWebTest {
    private WebHarness web;

    @BeforeEach
    void start() {
        web = new WebHarness();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private JsonNode caseJson(String id) {
        return web.get(Role.HELPDESK_AGENT, "/api/v1/cases/" + id).json();
    }

    @Test
    void aCriticalCaseCarriesItsClockAndTheFirstCustomerUpdateIsItsFirstResponse() {
        JsonNode opened = web.openEscalatableCase();
        String id = opened.get("id").asText();
        JsonNode clock = opened.get("customerClock");
        assertThat(clock.get("state").asText()).isEqualTo("RUNNING");
        assertThat(clock.get("aroundTheClock").asBoolean()).isTrue();
        assertThat(clock.get("firstResponseDue").asText()).isEqualTo(Samples.T0.plus(Duration.ofHours(1)).toString());
        assertThat(clock.get("firstRespondedAt").isNull()).isTrue();

        web.clock().set(Samples.T0.plus(Duration.ofMinutes(50)));
        assertThat(caseJson(id).get("customerClock").get("warning").toString()).isEqualTo("[\"FIRST_RESPONSE\"]");
        var update = web.post(Role.HELPDESK_AGENT, "/api/v1/cases/" + id + "/notes",
                Map.of("kind", "CUSTOMER_UPDATE", "text", "We are on it; next update within the hour."));
        assertThat(update.status()).as(update.toString()).isEqualTo(201);

        JsonNode after = update.json().get("customerClock");
        assertThat(after.get("firstRespondedAt").asText()).isEqualTo(Samples.T0.plus(Duration.ofMinutes(50)).toString());
        assertThat(after.get("warning").size()).isZero();
        assertThat(after.get("state").asText()).isEqualTo("RUNNING");
    }

    @Test
    void aQuestionToTheCustomerPausesTheClockUntilTheirAnswerIsRecorded() {
        String id = web.openEscalatableCase().get("id").asText();
        var asked = web.post(Role.HELPDESK_AGENT, "/api/v1/cases/" + id + "/notes", Map.of("kind", "CUSTOMER_UPDATE",
                "text", "Please send us a message trace.", "waitForCustomer", true));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        JsonNode paused = asked.json().get("customerClock");
        assertThat(paused.get("paused").asBoolean()).isTrue();
        assertThat(paused.get("pauseReason").asText()).isEqualTo("WAITING_ON_CUSTOMER");
        assertThat(paused.get("resolutionDue").isNull()).isTrue();

        web.clock().set(Samples.T0.plus(Duration.ofHours(3)));
        var answered = web.post(Role.SALES_AGENT, "/api/v1/cases/" + id + "/notes",
                Map.of("kind", "CUSTOMER_ANSWER", "text", "Trace attached."));

        JsonNode running = answered.json().get("customerClock");
        assertThat(running.get("paused").asBoolean()).isFalse();
        assertThat(running.get("resolutionDue").asText())
                .isEqualTo(Samples.T0.plus(Duration.ofHours(3 + 8)).toString());
    }

    @Test
    void onlyACustomerUpdateCanWaitForTheCustomerAndTheFieldIsNamed() {
        String id = web.openEscalatableCase().get("id").asText();
        var r = web.post(Role.HELPDESK_AGENT, "/api/v1/cases/" + id + "/notes",
                Map.of("kind", "NOTE", "text", "x", "waitForCustomer", true));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("waitForCustomer");
    }

    @Test
    void theQueueMarksAWarningAndTheCasePageShowsTheClock() {
        String id = web.openEscalatableCase().get("id").asText();
        web.clock().set(Samples.T0.plus(Duration.ofMinutes(46)));

        JsonNode item = StreamSupport.stream(web.get(Role.SALES_AGENT, "/api/v1/cases").json().get("items")
                .spliterator(), false).filter(i -> i.get("id").asText().equals(id)).findFirst().orElseThrow();
        assertThat(item.get("customerClock").get("state").asText()).isEqualTo("WARNING");

        var s = web.signIn(Role.HELPDESK_AGENT);
        assertThat(web.page(s, "/cases").body()).contains("Customer clock").contains("badge clock-warning\">Due soon");
        assertThat(web.page(s, "/cases/" + id).body()).contains("id=\"customer-clock\"").contains("(due soon)");
        String atRisk = web.page(s, "/cases?clock=at-risk").body();
        assertThat(atRisk).contains("/cases/" + id).contains("name=\"clock\" value=\"at-risk\" checked")
                .contains("data-sort=\"clock\"");
        web.clock().set(Samples.T0);
        assertThat(web.page(s, "/cases?clock=at-risk").body()).doesNotContain("/cases/" + id + "\"");
    }

    @Test
    void theGlobalAdminChangesTheTargetsAndBusinessHoursAuditedAndEveryClockFollows() {
        String id = web.openEscalatableCase().get("id").asText();
        var before = web.get(Role.SALES_AGENT, "/api/v1/settings/customer-clock");
        assertThat(before.json().get("targets").get("CRITICAL").get("firstResponse").asText()).isEqualTo("PT1H");
        assertThat(before.json().get("timeZone").asText()).isEqualTo("America/New_York");

        var saved = web.put(Role.GLOBAL_ADMIN, "/api/v1/settings/customer-clock", Map.of(
                "targets", Map.of("CRITICAL", Map.of("firstResponse", "30m")),
                "timeZone", "America/Chicago", "workingDays", List.of("MONDAY", "TUESDAY"), "opens", "08:00",
                "closes", "16:00", "holidays", List.of("2026-12-25")), "If-Match", before.header("ETag").orElseThrow());

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("targets").get("CRITICAL").get("firstResponse").asText()).isEqualTo("PT30M");
        assertThat(saved.json().get("workingDays").toString()).isEqualTo("[\"MONDAY\",\"TUESDAY\"]");
        assertThat(caseJson(id).get("customerClock").get("firstResponseDue").asText())
                .isEqualTo(Samples.T0.plus(Duration.ofMinutes(30)).toString());
        JsonNode queued = web.get(Role.SALES_AGENT, "/api/v1/cases").json().get("items").get(0);
        assertThat(queued.get("customerClock").get("nextDue").asText())
                .isEqualTo(Samples.T0.plus(Duration.ofMinutes(30)).toString());
        assertThat(web.get(Role.GLOBAL_ADMIN, "/api/v1/audit?action=customer-clock.update").body())
                .contains("targets.CRITICAL.firstResponse PT1H -> PT30M");
    }

    @Test
    void aBadSettingIsRefusedNamingTheFieldAndChangesNothing() {
        var before = web.get(Role.GLOBAL_ADMIN, "/api/v1/settings/customer-clock");
        var r = web.put(Role.GLOBAL_ADMIN, "/api/v1/settings/customer-clock", Map.of(
                "targets", Map.of("MODERATE", Map.of("resolution", "soon")),
                "timeZone", "Mars/Olympus", "workingDays", List.of("MONDAY"), "opens", "17:00", "closes", "09:00",
                "holidays", List.of()), "If-Match", before.header("ETag").orElseThrow());

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("targets.MODERATE.resolution").contains("timeZone");
        assertThat(web.get(Role.GLOBAL_ADMIN, "/api/v1/settings/customer-clock").json().get("timeZone").asText())
                .isEqualTo("America/New_York");
    }

    @Test
    void theSettingsPageSavesTheFormAndShowsAFaultBesideItsField() {
        var s = web.signIn(Role.GLOBAL_ADMIN);
        String page = web.page(s, "/settings/customer-clock").body();
        assertThat(page).contains("name=\"targets.MINIMAL.resolution\"").contains("value=\"40h\"");
        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("version", "0",
                "targets.MINIMAL.resolution", "80h", "timeZone", "America/New_York", "workingDays", "MONDAY",
                "opens", "09:00", "closes", "17:00", "holidays", "2026-12-25\n2027-01-01"));

        var saved = web.submit(s, "/settings/customer-clock", form);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(303);
        assertThat(web.get(Role.GLOBAL_ADMIN, "/api/v1/settings/customer-clock").json().get("holidays").toString())
                .isEqualTo("[\"2026-12-25\",\"2027-01-01\"]");

        form.put("version", "1");
        form.put("closes", "08:00");
        var refused = web.submit(s, "/settings/customer-clock", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"closes-error\"").contains("must be after opens");
    }
}
