package com.partnerdesk.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.partnerdesk.adapters.notify.mail.SmtpMailSender;
import com.partnerdesk.adapters.notify.webhook.HttpWebhookSender;
import com.partnerdesk.application.port.in.DeliverNotificationsUseCase;
import com.partnerdesk.application.port.in.MailSettingsUseCase;
import com.partnerdesk.application.port.in.NotificationsUseCase;
import com.partnerdesk.application.port.out.AgentRepository;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.application.port.out.MailPreferences;
import com.partnerdesk.application.port.out.MailSender;
import com.partnerdesk.application.port.out.NotificationOutbox;
import com.partnerdesk.application.port.out.PartnerSettings;
import com.partnerdesk.application.port.out.ServiceRequestRepository;
import com.partnerdesk.application.port.out.WebhookSender;
import com.partnerdesk.application.service.DeliveryPolicy;
import com.partnerdesk.application.service.Guard;
import com.partnerdesk.application.service.NotificationChannels;
import com.partnerdesk.application.service.NotificationsService;
import com.partnerdesk.application.service.Notifier;
import com.partnerdesk.application.service.SendCustomerUpdateService;
import com.partnerdesk.application.service.CaseSupport;
import com.partnerdesk.application.port.in.SendCustomerUpdateUseCase;
import com.partnerdesk.application.port.out.ClusterRepository;
import com.partnerdesk.application.port.out.HealthIssueRepository;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How notifications leave the desk, from the environment. Mail is on when {@code PARTNERDESK_SMTP_HOST} is set
 * ({@code PARTNERDESK_SMTP_PORT}, {@code PARTNERDESK_SMTP_STARTTLS}, {@code PARTNERDESK_SMTP_USERNAME}, the password in
 * {@code PARTNERDESK_SMTP_PASSWORD} read at each sending, {@code PARTNERDESK_MAIL_FROM}); the webhook is on when
 * {@code PARTNERDESK_WEBHOOK_URL} is set, signed with {@code PARTNERDESK_WEBHOOK_SECRET}. Links point at
 * {@code PARTNERDESK_BASE_URL}. A bad or missing value stops start-up naming the variable.
 */
final class NotifyModule extends AbstractModule {
    static final String SMTP_PASSWORD = "PARTNERDESK_SMTP_PASSWORD";
    static final String WEBHOOK_SECRET = "PARTNERDESK_WEBHOOK_SECRET";
    static final String DEFAULT_BASE_URL = "http://127.0.0.1:8080/";

    private final Map<String, String> environment;

    NotifyModule(Map<String, String> environment) {
        this.environment = environment;
    }

    private Optional<String> value(String variable) {
        String value = environment.get(variable);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    URI baseUrl() {
        String value = value("PARTNERDESK_BASE_URL").orElse(DEFAULT_BASE_URL);
        try {
            URI uri = URI.create(value);
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw new IllegalArgumentException("must be an absolute http(s) URL");
            }
            return uri;
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("PARTNERDESK_BASE_URL: '" + value + "' " + bad.getMessage(), bad);
        }
    }

    @Provides @Singleton Optional<MailSender> mailSender() {
        Optional<String> host = value("PARTNERDESK_SMTP_HOST");
        if (host.isEmpty()) {
            return Optional.empty();
        }
        boolean startTls = bool("PARTNERDESK_SMTP_STARTTLS", true);
        int port = value("PARTNERDESK_SMTP_PORT").map(p -> {
            try {
                return Integer.parseInt(p);
            } catch (NumberFormatException bad) {
                throw new IllegalArgumentException("PARTNERDESK_SMTP_PORT: '" + p + "' is not a TCP port", bad);
            }
        }).orElse(startTls ? 587 : 25);
        String from = value("PARTNERDESK_MAIL_FROM").orElseThrow(() -> new IllegalArgumentException(
                "PARTNERDESK_SMTP_HOST is set, so PARTNERDESK_MAIL_FROM must name the address mail is sent from"));
        try {
            return Optional.of(new SmtpMailSender(new SmtpMailSender.Settings(host.get(), port, startTls,
                    value("PARTNERDESK_SMTP_USERNAME"), SMTP_PASSWORD, from, baseUrl(), Duration.ofSeconds(20)),
                    environment::get));
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("PARTNERDESK_SMTP_*: " + bad.getMessage(), bad);
        }
    }

    @Provides @Singleton Optional<WebhookSender> webhookSender() {
        Optional<String> url = value("PARTNERDESK_WEBHOOK_URL");
        if (url.isEmpty()) {
            return Optional.empty();
        }
        if (value(WEBHOOK_SECRET).isEmpty()) {
            throw new IllegalArgumentException("PARTNERDESK_WEBHOOK_URL is set, so " + WEBHOOK_SECRET + " must hold"
                    + " the secret its calls are signed with");
        }
        try {
            return Optional.of(new HttpWebhookSender(new HttpWebhookSender.Settings(URI.create(url.get()),
                    WEBHOOK_SECRET, baseUrl(), Duration.ofSeconds(5), Duration.ofSeconds(15)), environment::get));
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("PARTNERDESK_WEBHOOK_URL: " + bad.getMessage(), bad);
        }
    }

    private boolean bool(String variable, boolean fallback) {
        return value(variable).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(variable + ": '" + v + "' is not true or false");
        }).orElse(fallback);
    }

    @Provides @Singleton Notifier notifier(NotificationOutbox outbox, AgentRepository agents,
                                           MailPreferences preferences, Optional<MailSender> mail,
                                           Optional<WebhookSender> webhook) {
        return new Notifier(outbox, agents, preferences, new NotificationChannels(mail.isPresent(), webhook.isPresent()));
    }

    @Provides @Singleton NotificationsService notifications(Guard guard, NotificationOutbox outbox, Notifier notifier,
                                                            MailPreferences preferences,
                                                            ServiceRequestRepository requests, CaseRepository cases,
                                                            PartnerSettings partner,
                                                            Optional<MailSender> mail, Optional<WebhookSender> webhook) {
        DeliveryPolicy policy = new DeliveryPolicy(DeliveryPolicy.DEFAULT.maxAttempts(),
                DurationSetting.seconds(environment, "PARTNERDESK_OUTBOX_RETRY_SECONDS", DeliveryPolicy.DEFAULT.baseDelay()),
                DeliveryPolicy.DEFAULT.maxDelay());
        return new NotificationsService(guard, outbox, notifier, preferences, requests, cases, partner, mail, webhook,
                policy,
                new SecureRandom());
    }

    @Provides @Singleton SendCustomerUpdateUseCase customerUpdates(Guard guard, CaseSupport support,
                                                                   CaseRepository cases, ClusterRepository clusters,
                                                                   HealthIssueRepository health, Notifier notifier) {
        return new SendCustomerUpdateService(guard, support, cases, clusters, health, notifier);
    }

    @Provides @Singleton DeliverNotificationsUseCase deliver(NotificationsService service) {
        return service;
    }

    @Provides @Singleton NotificationsUseCase list(NotificationsService service) {
        return service;
    }

    @Provides @Singleton MailSettingsUseCase mailSettings(NotificationsService service) {
        return service;
    }
}
