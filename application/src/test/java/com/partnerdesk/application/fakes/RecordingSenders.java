package com.partnerdesk.application.fakes;

import com.partnerdesk.application.port.out.MailSender;
import com.partnerdesk.application.port.out.WebhookSender;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.notification.Notification;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mail server and the webhook receiver of the service tests: each remembers what it took, and either can be told
 * to refuse everything (as a server that is down) until told otherwise. The adapters are tested against a real SMTP
 * server and a real HTTP receiver.
 */
public final class RecordingSenders implements MailSender, WebhookSender {
    public record Mail(Email to, Notification notification) {
    }

    private final List<Mail> mails = new ArrayList<>();
    private final List<Notification> calls = new ArrayList<>();
    private Optional<String> mailDown = Optional.empty();
    private Optional<String> webhookDown = Optional.empty();

    @Override
    public synchronized void send(String deliveryId, Email to, Notification notification) {
        mailDown.ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        mails.add(new Mail(to, notification));
    }

    @Override
    public synchronized void send(String deliveryId, Notification notification) {
        webhookDown.ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        calls.add(notification);
    }

    public synchronized void mailDown(String why) {
        mailDown = Optional.of(why);
    }

    public synchronized void webhookDown(String why) {
        webhookDown = Optional.of(why);
    }

    public synchronized void allUp() {
        mailDown = Optional.empty();
        webhookDown = Optional.empty();
    }

    public synchronized List<Mail> mails() {
        return List.copyOf(mails);
    }

    public synchronized List<Notification> webhookCalls() {
        return List.copyOf(calls);
    }
}
