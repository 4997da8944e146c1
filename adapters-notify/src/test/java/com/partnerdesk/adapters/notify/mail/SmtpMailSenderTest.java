package com.partnerdesk.adapters.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.notification.Notification;
import com.partnerdesk.domain.notification.NotificationEvent;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mail against a real SMTP server started in the test (GreenMail): what arrives, with a user, and a server down. */
class SmtpMailSenderTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final CaseId CASE = CaseId.of("0b9c1f7e-4d5a-4b6c-8d7e-9f0a1b2c3d4e");
    private static final CaseId OTHER = CaseId.of("1c0d2e8f-5e6b-4c7d-9e8f-0a1b2c3d4e5f");

    private static SmtpMailSender sender(int port, Optional<String> user, Map<String, String> environment) {
        return new SmtpMailSender(new SmtpMailSender.Settings("127.0.0.1", port, false, user,
                "PARTNERDESK_SMTP_PASSWORD", "desk@northbridge-federal.example", URI.create("https://desk.example/"),
                Duration.ofSeconds(3)), environment::get);
    }

    private static Notification event(NotificationEvent event, List<CaseId> cases) {
        return new Notification(event, Samples.T0, cases, List.of(Samples.CONTOSO_ID), Optional.empty(),
                Optional.empty(), "Case 0b9c1f7e was assigned to you", "Case 0b9c1f7e (Outbound mail queued) is yours.");
    }

    @Test
    void anAgentsMailIsPlainTextWithALinkToTheCase() throws Exception {
        sender(SMTP.getSmtp().getPort(), Optional.empty(), Map.of()).send("partnerdesk-notification-3",
                Email.of("ava.brooks@northbridge-federal.example"), event(NotificationEvent.CASE_ASSIGNED, List.of(CASE)));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("[PartnerDesk] Case 0b9c1f7e was assigned to you");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ava.brooks@northbridge-federal.example");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("desk@northbridge-federal.example");
        assertThat(mail.getContentType()).startsWith("text/plain");
        assertThat(mail.getMessageID()).isEqualTo("<partnerdesk-notification-3@desk.example>");
        assertThat(mail.getHeader("X-PartnerDesk-Event")[0]).isEqualTo("case.assigned");
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("is yours.").contains("Open the case: https://desk.example/cases/" + CASE.value())
                .contains("https://desk.example/me/notifications");
    }

    @Test
    void anEventAboutSeveralCasesLinksEach() throws Exception {
        sender(SMTP.getSmtp().getPort(), Optional.empty(), Map.of()).send("d", Email.of("a@partner.example"),
                event(NotificationEvent.CLUSTER_FORMED, List.of(CASE, OTHER)));

        String body = GreenMailUtil.getBody(SMTP.getReceivedMessages()[0]);
        assertThat(body).contains("The 2 cases:").contains("/cases/" + CASE.value()).contains("/cases/" + OTHER.value());
    }

    @Test
    void aCustomersMailCarriesTheUpdateAloneWithoutLinksIntoTheDesk() throws Exception {
        sender(SMTP.getSmtp().getPort(), Optional.empty(), Map.of()).send("d", Email.of("it@adatum.example"),
                new Notification(NotificationEvent.CUSTOMER_UPDATE, Samples.T0, List.of(CASE), List.of(Samples.CONTOSO_ID),
                        Optional.empty(), Optional.empty(), "Exchange Online: update from your partner",
                        "Microsoft is restoring mail flow; we will write again by 16:00 UTC."));

        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Exchange Online: update from your partner");
        assertThat(GreenMailUtil.getBody(mail)).contains("restoring mail flow").doesNotContain("desk.example");
    }

    @Test
    void signsInWithTheUserAndThePasswordFromTheEnvironment() {
        SMTP.setUser("desk@northbridge-federal.example", "desk", "s3cret-from-env");

        sender(SMTP.getSmtp().getPort(), Optional.of("desk"), Map.of("PARTNERDESK_SMTP_PASSWORD", "s3cret-from-env"))
                .send("d", Email.of("a@partner.example"), event(NotificationEvent.CASE_RECHECK, List.of(CASE)));
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aServerThatIsDownIsAFailureNamingIt() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertThatThrownBy(() -> sender(closed, Optional.empty(), Map.of()).send("d", Email.of("a@partner.example"),
                event(NotificationEvent.CASE_RECHECK, List.of(CASE)))).hasMessageContaining("127.0.0.1:" + closed)
                .hasMessageContaining("did not take the mail");
    }
}
