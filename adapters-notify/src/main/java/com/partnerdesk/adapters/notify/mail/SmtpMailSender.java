package com.partnerdesk.adapters.notify.mail;

import com.partnerdesk.application.port.out.MailSender;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.notification.Notification;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Plain-text mail over SMTP with Angus Mail (Jakarta Mail): STARTTLS when asked (and then required), a user name and
 * a password read from the environment at each sending (never an option or the database), timeouts on connecting and
 * on every read and write. The message's id is the delivery's, so a mail sent again after a crash is recognisable.
 */
public final class SmtpMailSender implements MailSender {
    /**
     * Where and as whom to send: {@code passwordVariable} names the environment variable holding the password (read
     * with the given lookup at each sending).
     */
    public record Settings(String host, int port, boolean startTls, Optional<String> username, String passwordVariable,
                           String from, URI baseUrl, Duration timeout) {
        public Settings {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("the SMTP host is empty");
            }
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException(port + " is not a TCP port");
            }
            try {
                new InternetAddress(from, true).validate();
            } catch (AddressException | NullPointerException bad) {
                throw new IllegalArgumentException("'" + from + "' is not a mail address to send from", bad);
            }
            if (baseUrl == null || baseUrl.getScheme() == null || !baseUrl.getScheme().matches("https?")
                    || baseUrl.getHost() == null) {
                throw new IllegalArgumentException("'" + baseUrl + "' is not an absolute http(s) URL");
            }
        }
    }

    private final Settings settings;
    private final Function<String, String> environment;
    private final MailText text;

    public SmtpMailSender(Settings settings, Function<String, String> environment) {
        this.settings = settings;
        this.environment = environment;
        this.text = new MailText(settings.baseUrl());
    }

    @Override
    public void send(String deliveryId, Email to, Notification notification) {
        Session session = Session.getInstance(properties());
        try {
            MimeMessage message = new IdentifiedMessage(session, "<" + deliveryId + "@" + host() + ">");
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to.value()));
            message.setSubject(text.subject(notification), "UTF-8");
            message.setText(text.body(notification), "UTF-8");
            // the event's time, in RFC 5322's form (java.time: the desk keeps java.util.Date out)
            message.setHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    notification.occurredAt().atZone(ZoneOffset.UTC)));
            message.setHeader("X-PartnerDesk-Event", notification.event().wireName());
            if (settings.username().isPresent()) {
                String password = environment.apply(settings.passwordVariable());
                Transport.send(message, settings.username().get(), password == null ? "" : password);
            } else {
                Transport.send(message);
            }
        } catch (MessagingException failed) {
            throw new IllegalStateException("SMTP " + settings.host() + ":" + settings.port() + " did not take the"
                    + " mail: " + describe(failed), failed);
        }
    }

    private String host() {
        return settings.baseUrl().getHost();
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", String.valueOf(settings.port()));
        p.put("mail.smtp.connectiontimeout", String.valueOf(settings.timeout().toMillis()));
        p.put("mail.smtp.timeout", String.valueOf(settings.timeout().toMillis()));
        p.put("mail.smtp.writetimeout", String.valueOf(settings.timeout().toMillis()));
        p.put("mail.smtp.auth", String.valueOf(settings.username().isPresent()));
        if (settings.startTls()) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        return p;
    }

    private static String describe(MessagingException failed) {
        StringBuilder words = new StringBuilder(String.valueOf(failed.getMessage()));
        Throwable cause = failed.getCause();
        if (cause != null && cause.getMessage() != null && !words.toString().contains(cause.getMessage())) {
            words.append(" (").append(cause.getMessage()).append(')');
        }
        return words.toString().replaceAll("\\s+", " ").strip();
    }

    /** A message whose Message-ID is the delivery's own, not one Jakarta Mail makes up at each sending. */
    private static final class IdentifiedMessage extends MimeMessage {
        private final String id;

        IdentifiedMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
