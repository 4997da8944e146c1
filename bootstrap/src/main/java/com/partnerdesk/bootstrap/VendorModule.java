package com.partnerdesk.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.partnerdesk.adapters.vendor.HttpVendorGateway;
import com.partnerdesk.adapters.vendor.PortalVendorGateway;
import com.partnerdesk.application.port.in.DeliverServiceRequestsUseCase;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.application.port.out.ServiceRequestRepository;
import com.partnerdesk.application.port.out.VendorGateway;
import com.partnerdesk.application.port.out.VendorOutbox;
import com.partnerdesk.application.service.CaseSupport;
import com.partnerdesk.application.service.DeliveryPolicy;
import com.partnerdesk.application.service.DeliveryService;
import com.partnerdesk.application.service.Guard;
import com.partnerdesk.application.service.VendorAnswers;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * How service requests reach the vendor. {@code PARTNERDESK_VENDOR_GATEWAY=portal} (the default) needs no
 * credentials: the agent files the prefilled request in the partner dashboard, opened on the customer at
 * {@code PARTNERDESK_DASHBOARD_URL} ({@code {tenantId}} replaced), and records its number.
 * {@code PARTNERDESK_VENDOR_GATEWAY=http} files it over the vendor's REST API at {@code PARTNERDESK_VENDOR_URL}, with the
 * bearer token read from the environment variable {@code PARTNERDESK_VENDOR_TOKEN} (never from the command line or the
 * database); {@code PARTNERDESK_VENDOR_CONNECT_TIMEOUT_MS} and {@code PARTNERDESK_VENDOR_TIMEOUT_MS} bound each call.
 */
final class VendorModule extends AbstractModule {
    static final String TOKEN_VARIABLE = "PARTNERDESK_VENDOR_TOKEN";

    private final Map<String, String> environment;

    VendorModule(Map<String, String> environment) {
        this.environment = environment;
    }

    @Provides @Singleton VendorGateway gateway(Clock clock) {
        String kind = environment.getOrDefault("PARTNERDESK_VENDOR_GATEWAY", "portal");
        return switch (kind) {
            case "portal" -> portalGateway();
            case "http" -> httpGateway(clock);
            default -> throw new IllegalArgumentException("PARTNERDESK_VENDOR_GATEWAY: '" + kind
                    + "' is not a known gateway (portal, http)");
        };
    }

    private VendorGateway portalGateway() {
        String template = environment.get("PARTNERDESK_DASHBOARD_URL");
        try {
            return new PortalVendorGateway(template == null || template.isBlank() ? PortalVendorGateway.DEFAULT_DASHBOARD : template);
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("PARTNERDESK_DASHBOARD_URL: " + bad.getMessage(), bad);
        }
    }

    private VendorGateway httpGateway(Clock clock) {
        String url = environment.get("PARTNERDESK_VENDOR_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("PARTNERDESK_VENDOR_GATEWAY=http needs PARTNERDESK_VENDOR_URL,"
                    + " the vendor's API base URL");
        }
        String token = environment.get(TOKEN_VARIABLE);
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("PARTNERDESK_VENDOR_GATEWAY=http needs the vendor's bearer token in the"
                    + " environment variable " + TOKEN_VARIABLE);
        }
        HttpVendorGateway.Settings settings;
        try {
            settings = new HttpVendorGateway.Settings(URI.create(url.trim()), TOKEN_VARIABLE,
                    DurationSetting.millis(environment, "PARTNERDESK_VENDOR_CONNECT_TIMEOUT_MS", Duration.ofMillis(5_000)),
                    DurationSetting.millis(environment, "PARTNERDESK_VENDOR_TIMEOUT_MS", Duration.ofMillis(30_000)));
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("PARTNERDESK_VENDOR_URL: " + bad.getMessage(), bad);
        }
        return new HttpVendorGateway(settings, environment::get, clock);
    }

    @Provides @Singleton DeliverServiceRequestsUseCase delivery(Guard guard, CaseSupport support,
                                                                ServiceRequestRepository requests, CaseRepository cases,
                                                                VendorOutbox outbox, VendorGateway gateway,
                                                                VendorAnswers answers) {
        DeliveryPolicy policy = new DeliveryPolicy(DeliveryPolicy.DEFAULT.maxAttempts(),
                DurationSetting.seconds(environment, "PARTNERDESK_OUTBOX_RETRY_SECONDS", DeliveryPolicy.DEFAULT.baseDelay()),
                DeliveryPolicy.DEFAULT.maxDelay());
        return new DeliveryService(guard, support, requests, cases, outbox, gateway, answers, policy,
                new SecureRandom());
    }
}
