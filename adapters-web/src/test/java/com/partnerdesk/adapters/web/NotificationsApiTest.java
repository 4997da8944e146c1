package com.partnerdesk.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerdesk.domain.agent.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The notification outbox over HTTP: an event raised by the API is listed, a parked message is shown on the admin's
 * page and put back in line; each agent's own mail settings by page and API, bad names refused naming the field.
 */
class NotificationsApiTest {
    private WebHarness web;

    @BeforeEach
    void start() {
        web = new WebHarness();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void anEventRaisedThroughTheApiIsInTheOutboxAndGoesOutOnce() {
        JsonNode c = web.openEscalatableCase();
        web.post(Role.HELPDESK_AGENT, "/api/v1/cases/" + c.get("id").asText() + "/escalation-request",
                Map.of("note", "The customer's CIO asks"));

        JsonNode pending = web.get(Role.ADMIN_AGENT, "/api/v1/notifications?state=PENDING").json();
        assertThat(pending.get("items")).anySatisfy(n -> {
            assertThat(n.get("event").asText()).isEqualTo("case.attention_needed");
            assertThat(n.get("channel").asText()).isEqualTo("WEBHOOK");
            assertThat(n.get("caseId").asText()).isEqualTo(c.get("id").asText());
        });
        assertThat(pending.get("items")).anySatisfy(n -> assertThat(n.get("recipient").asText())
                .isEqualTo("admin.agent@federalcloudpartners.example"));

        web.desk.notifications().deliver(com.partnerdesk.application.fakes.Desk.operator());
        assertThat(web.get(Role.ADMIN_AGENT, "/api/v1/notifications?state=PENDING").json().get("total").asInt()).isZero();
        assertThat(web.desk.senders().webhookCalls()).hasSize(1);
    }

    @Test
    void aParkedNotificationIsShownAndPutBackInLine() {
        long id = web.parkedNotification();

        WebHarness.Res page = web.get(Role.ADMIN_AGENT, "/admin/notifications?state=PARKED");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("1 parked").contains("the webhook answered HTTP 503")
                .contains("/admin/notifications/" + id + "/retry");
        assertThat(web.get(Role.ADMIN_AGENT, "/api/v1/notifications").json().get("parked").asInt()).isEqualTo(1);

        JsonNode back = web.post(Role.ADMIN_AGENT, "/api/v1/notifications/" + id + "/retry", Map.of()).json();
        assertThat(back.get("state").asText()).isEqualTo("PENDING");
        assertThat(web.post(Role.ADMIN_AGENT, "/api/v1/notifications/" + id + "/retry", Map.of()).status())
                .as("only a parked one is retried").isEqualTo(409);
        assertThat(web.get(Role.ADMIN_AGENT, "/api/v1/notifications?state=LOST").status()).isEqualTo(400);
    }

    @Test
    void eachAgentChoosesTheirOwnMail() {
        JsonNode mine = web.get(Role.HELPDESK_AGENT, "/api/v1/me/notifications").json();
        assertThat(mine.get("email").asText()).isEqualTo("helpdesk.agent@federalcloudpartners.example");
        assertThat(mine.get("events")).hasSize(8).allSatisfy(e -> assertThat(e.get("mail").asBoolean()).isTrue());

        JsonNode saved = web.put(Role.HELPDESK_AGENT, "/api/v1/me/notifications",
                Map.of("mailOff", List.of("case.recheck", "cluster.formed"))).json();
        assertThat(saved.get("mailOff")).extracting(JsonNode::asText).containsExactlyInAnyOrder("case.recheck",
                "cluster.formed");
        assertThat(web.get(Role.SALES_AGENT, "/api/v1/me/notifications").json().get("mailOff")).isEmpty();
        assertThat(web.get(Role.HELPDESK_AGENT, "/me/notifications").body())
                .contains("value=\"case.vendor_note\" checked").doesNotContain("value=\"case.recheck\" checked");

        WebHarness.Res bad = web.put(Role.HELPDESK_AGENT, "/api/v1/me/notifications", Map.of("mailOff", List.of("lunch")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("mailOff");
        assertThat(web.put(Role.HELPDESK_AGENT, "/api/v1/me/notifications", Map.of()).status()).isEqualTo(400);
    }
}
