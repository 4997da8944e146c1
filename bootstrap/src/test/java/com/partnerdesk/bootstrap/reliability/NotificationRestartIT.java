package com.partnerdesk.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.partnerdesk.adapters.notify.webhook.HttpWebhookSender;
import com.partnerdesk.adapters.notify.webhook.WebhookReceiver;
import com.partnerdesk.bootstrap.reliability.DeskApi.Answer;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notifications across a crash: an agent asks for a case to be escalated while the mail server and the webhook's
 * receiver are down, the server records its failed attempts and is killed with SIGKILL; started again with a real SMTP
 * server (GreenMail) and a real HTTP receiver up, it sends the admin agent exactly one mail and the webhook exactly one
 * signed call, and nothing more in the rounds after.
 */
@Timeout(180)
class NotificationRestartIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String ADMIN = "ava.admin@partner.example";
    private static final String SECRET = "whsec-restart-2f8c1a";

    @TempDir
    Path dir;

    @Test
    void anEventRaisedBeforeACrashIsMailedAndPostedExactlyOnceAfterTheRestart() throws Exception {
        DeskFixture desk = DeskFixture.prepare(dir.resolve("notify.db"), 1);
        desk.addAgent(ADMIN, "Ava Admin", "ADMIN_AGENT");
        int closed;
        try (ServerSocket probe = new ServerSocket(0)) {
            closed = probe.getLocalPort();
        }
        Map<String, String> settings = new HashMap<>();
        settings.put("PARTNERDESK_OUTBOX_INTERVAL_SECONDS", "1");
        settings.put("PARTNERDESK_OUTBOX_RETRY_SECONDS", "1");
        settings.put("PARTNERDESK_SMTP_HOST", "127.0.0.1");
        settings.put("PARTNERDESK_SMTP_PORT", String.valueOf(closed));
        settings.put("PARTNERDESK_SMTP_STARTTLS", "false");
        settings.put("PARTNERDESK_MAIL_FROM", "desk@partner.example");
        settings.put("PARTNERDESK_BASE_URL", "https://desk.partner.example");
        settings.put("PARTNERDESK_WEBHOOK_URL", "http://127.0.0.1:" + closed + "/hooks/partnerdesk");
        settings.put("PARTNERDESK_WEBHOOK_SECRET", SECRET);

        String caseId;
        try (ServerProcess server = ServerProcess.start(desk.database, settings, "receivers-down")) {
            DeskApi api = new DeskApi(server.base(), desk.token);
            caseId = askForEscalation(api, desk.tenants.get(0));
            awaitFailedAttempts(desk, server);
            server.kill();
        }

        int smtpPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            smtpPort = probe.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            settings.put("PARTNERDESK_SMTP_PORT", String.valueOf(smtpPort));
            settings.put("PARTNERDESK_WEBHOOK_URL", receiver.url());
            try (ServerProcess server = ServerProcess.start(desk.database, settings, "receivers-up")) {
                long deadline = System.nanoTime() + WAIT.toNanos();
                while (smtp.getReceivedMessages().length < 1 || receiver.calls().isEmpty()) {
                    if (System.nanoTime() > deadline) {
                        assertThat(System.nanoTime()).as("waiting for the mail and the webhook; the outbox:\n%s\nserver"
                                + " log:\n%s", outbox(desk), server.log()).isLessThan(deadline);
                    }
                    Thread.sleep(200);
                }
                Thread.sleep(3_000); // three more rounds: nothing is sent again

                MimeMessage[] mails = smtp.getReceivedMessages();
                assertThat(mails).as("mails received").hasSize(1);
                assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo(ADMIN);
                assertThat(mails[0].getSubject()).startsWith("[PartnerDesk]").contains("escalated");
                assertThat(GreenMailUtil.getBody(mails[0])).contains("https://desk.partner.example/cases/" + caseId);

                List<WebhookReceiver.Call> calls = receiver.calls();
                assertThat(calls).as("webhook calls received").hasSize(1);
                WebhookReceiver.Call call = calls.get(0);
                assertThat(call.header("X-PartnerDesk-Signature"))
                        .isEqualTo("sha256=" + HttpWebhookSender.sign(call.body(), SECRET));
                JsonNode json = new ObjectMapper().readTree(call.body());
                assertThat(json.get("event").asText()).isEqualTo("case.attention_needed");
                assertThat(json.get("caseId").asText()).isEqualTo(caseId);
                assertThat(json.get("customerTenantId").asText()).isEqualTo(desk.tenants.get(0));
            }
        } finally {
            smtp.stop();
        }
        assertThat(desk.integrityCheck()).isEqualTo("ok");
        assertThat(desk.count("SELECT count(*) FROM notification_outbox WHERE state = 'DELIVERED'")).isEqualTo(2);
        assertThat(desk.count("SELECT count(*) FROM notification_outbox")).isEqualTo(2);
    }

    private static String outbox(DeskFixture desk) throws Exception {
        return String.join("\n", desk.strings("SELECT channel || ' ' || state || ' attempts ' || attempts || ' next '"
                + " || next_attempt_at || ' ' || last_error FROM notification_outbox"));
    }

    /**
     * Both messages were tried and failed (the receivers are down) and are not held by a dispatcher's claim (their next
     * attempt is seconds away, not the claim's minutes), so the crash lands between the cause and the delivery.
     */
    private static void awaitFailedAttempts(DeskFixture desk, ServerProcess server) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        java.time.format.DateTimeFormatter text = java.time.format.DateTimeFormatter
                .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(java.time.ZoneOffset.UTC);
        while (desk.count("SELECT count(*) FROM notification_outbox WHERE state = 'PENDING' AND attempts >= 1"
                + " AND next_attempt_at < '" + text.format(Instant.now().plusSeconds(60)) + "'") < 2) {
            assertThat(System.nanoTime()).as("waiting for the first failed attempts; server log:\n%s", server.log())
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** Opens a case that triage leaves to escalate and asks an admin agent to escalate it; returns its id. */
    private static String askForEscalation(DeskApi api, String tenant) {
        Instant started = Instant.now().minus(20, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        Answer opened = api.openUnavailableCase(tenant, started);
        String id = opened.body().path("id").asText();
        Answer asked = api.post("/api/v1/cases/" + id + "/escalation-request",
                Map.of("note", "The customer's CIO asks for it today"), Map.of());
        assertThat(asked.status()).as(asked.body().toString()).isEqualTo(200);
        return id;
    }

}
