package com.partnerdesk.adapters.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.notification.Notification;
import com.partnerdesk.domain.notification.NotificationEvent;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The webhook against a real HTTP receiver: the body, the signature, failures named. */
class HttpWebhookSenderTest {
    private static final String SECRET = "whsec-7f3a9c1e5b2d4f6a8c0e";
    private static final CaseId CASE = CaseId.of("0b9c1f7e-4d5a-4b6c-8d7e-9f0a1b2c3d4e");
    private static final Notification NOTE = new Notification(NotificationEvent.CASE_VENDOR_NOTE, Samples.T0,
            List.of(CASE), List.of(Samples.CONTOSO_ID),
            Optional.of(ServiceRequestId.of("5e7f9a1b-2c3d-4e5f-8a9b-0c1d2e3f4a5b")), Optional.empty(),
            "The vendor wrote on service request 2611240001", "Microsoft Support wrote: send the message trace, ünïcode.");

    private final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stop() {
        receiver.close();
    }

    private HttpWebhookSender sender(String url, Map<String, String> environment) {
        return new HttpWebhookSender(new HttpWebhookSender.Settings(URI.create(url), "PARTNERDESK_WEBHOOK_SECRET",
                URI.create("https://desk.partner.example/"), Duration.ofSeconds(2), Duration.ofSeconds(2)),
                environment::get);
    }

    @Test
    void postsTheEventSignedWithTheSecret() throws Exception {
        sender(receiver.url(), Map.of("PARTNERDESK_WEBHOOK_SECRET", SECRET)).send("partnerdesk-notification-7", NOTE);

        assertThat(receiver.calls()).singleElement().satisfies(call -> {
            assertThat(call.header("X-PartnerDesk-Signature"))
                    .isEqualTo("sha256=" + hmac(call.body()));
            assertThat(call.header("Content-Type")).startsWith("application/json");
            assertThat(call.header("X-PartnerDesk-Delivery")).isEqualTo("partnerdesk-notification-7");
            JsonNode json = new ObjectMapper().readTree(call.body());
            assertThat(json.get("event").asText()).isEqualTo("case.vendor_note");
            assertThat(json.get("occurredAt").asText()).isEqualTo(Samples.T0.toString());
            assertThat(json.get("caseId").asText()).isEqualTo(CASE.value());
            assertThat(json.get("customerTenantId").asText()).isEqualTo(Samples.CONTOSO_ID.value());
            assertThat(json.get("serviceRequestId").asText()).isEqualTo("5e7f9a1b-2c3d-4e5f-8a9b-0c1d2e3f4a5b");
            assertThat(json.get("clusterId").isNull()).isTrue();
            assertThat(json.get("text").asText()).endsWith("ünïcode.");
            assertThat(json.get("link").asText()).isEqualTo("https://desk.partner.example/cases/" + CASE.value());
        });
    }

    /** The HMAC as a receiver computes it, with the JDK alone. */
    private static String hmac(byte[] body) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void aReceiverThatAnswersAnErrorIsAFailure() {
        receiver.answer(503);
        assertThatThrownBy(() -> sender(receiver.url(), Map.of("PARTNERDESK_WEBHOOK_SECRET", SECRET)).send("d1", NOTE))
                .hasMessageContaining("HTTP 503");
        assertThat(receiver.calls()).hasSize(1);
    }

    @Test
    void aReceiverThatIsDownIsAFailure() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertThatThrownBy(() -> sender("http://127.0.0.1:" + closed + "/hook",
                Map.of("PARTNERDESK_WEBHOOK_SECRET", SECRET)).send("d1", NOTE)).hasMessageContaining("did not answer");
    }

    @Test
    void withoutItsSecretTheWebhookIsNeverCalled() {
        assertThatThrownBy(() -> sender(receiver.url(), Map.of()).send("d1", NOTE))
                .hasMessageContaining("PARTNERDESK_WEBHOOK_SECRET");
        assertThat(receiver.calls()).isEmpty();
    }
}
