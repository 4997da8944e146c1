package com.partnerdesk.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.partnerdesk.adapters.vendor.PortalVendorGateway;
import com.partnerdesk.adapters.vendor.partnercenter.PartnerCenterGateway;
import com.partnerdesk.adapters.vendor.health.GraphHealthDocuments;
import com.partnerdesk.adapters.vendor.health.GraphHealthFeed;
import com.partnerdesk.adapters.vendor.health.VendorHosts;
import com.partnerdesk.application.port.in.DeliverServiceRequestsUseCase;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.application.port.out.CustomerRepository;
import com.partnerdesk.application.port.out.HealthDocuments;
import com.partnerdesk.application.port.out.HealthFeed;
import com.partnerdesk.application.port.out.ServiceRequestRepository;
import com.partnerdesk.application.port.out.VendorGateway;
import com.partnerdesk.application.port.out.VendorOutbox;
import com.partnerdesk.application.service.CaseSupport;
import com.partnerdesk.application.service.DeliveryPolicy;
import com.partnerdesk.application.service.DeliveryService;
import com.partnerdesk.application.service.Guard;
import com.partnerdesk.application.service.VendorAnswers;
import com.partnerdesk.application.service.Notifier;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How service requests reach the vendor. {@code PARTNERDESK_VENDOR_GATEWAY=portal} (the default) needs no
 * credentials: the agent files the prefilled request in the partner dashboard, opened on the customer at
 * {@code PARTNERDESK_DASHBOARD_URL} ({@code {tenantId}} replaced), and records its number.
 * {@code PARTNERDESK_VENDOR_GATEWAY=partner-center} (formerly {@code http}, still accepted) files the same way and then
 * follows the request through Partner Center's REST API at {@code PARTNERDESK_VENDOR_URL} (default
 * {@value PartnerCenterGateway#DEFAULT_BASE_URL}): reads, lists each customer's requests, sends the partner's notes;
 * it never creates (Partner Center has no create call). The bearer token is read from the environment variable
 * {@code PARTNERDESK_VENDOR_TOKEN} (never from the command line or the database);
 * {@code PARTNERDESK_VENDOR_CONNECT_TIMEOUT_MS} and {@code PARTNERDESK_VENDOR_TIMEOUT_MS} bound each call.
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
            case "partner-center", "http" -> partnerCenterGateway(clock);
            default -> throw new IllegalArgumentException("PARTNERDESK_VENDOR_GATEWAY: '" + kind
                    + "' is not a known gateway (portal, partner-center; http is the former name of partner-center)");
        };
    }

    private PortalVendorGateway portalGateway() {
        String template = environment.get("PARTNERDESK_DASHBOARD_URL");
        try {
            return new PortalVendorGateway(template == null || template.isBlank() ? PortalVendorGateway.DEFAULT_DASHBOARD : template);
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("PARTNERDESK_DASHBOARD_URL: " + bad.getMessage(), bad);
        }
    }

    private VendorGateway partnerCenterGateway(Clock clock) {
        String url = environment.get("PARTNERDESK_VENDOR_URL");
        String token = environment.get(TOKEN_VARIABLE);
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("PARTNERDESK_VENDOR_GATEWAY=partner-center needs the Partner Center bearer"
                    + " token in the environment variable " + TOKEN_VARIABLE);
        }
        PartnerCenterGateway.Settings settings;
        try {
            settings = new PartnerCenterGateway.Settings(
                    URI.create(url == null || url.isBlank() ? PartnerCenterGateway.DEFAULT_BASE_URL : url.trim()),
                    TOKEN_VARIABLE,
                    DurationSetting.millis(environment, "PARTNERDESK_VENDOR_CONNECT_TIMEOUT_MS", Duration.ofMillis(5_000)),
                    DurationSetting.millis(environment, "PARTNERDESK_VENDOR_TIMEOUT_MS", Duration.ofMillis(30_000)));
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("PARTNERDESK_VENDOR_URL: " + bad.getMessage(), bad);
        }
        return new PartnerCenterGateway(settings, portalGateway(), environment::get, clock);
    }

    /**
     * The vendor's service-health feeds: tokens from each customer's tenant with the app's id and secret from
     * {@code PARTNERDESK_GRAPH_CLIENT_ID} and {@code PARTNERDESK_GRAPH_CLIENT_SECRET} (read on each sign-in, never
     * stored); {@code PARTNERDESK_LOGIN_URL}, {@code PARTNERDESK_GRAPH_URL}, {@code PARTNERDESK_ARM_URL} replace the
     * vendor's hosts (tests, proxies).
     */
    @Provides @Singleton HealthFeed healthFeed(Clock clock) {
        VendorHosts hosts = new VendorHosts(url("PARTNERDESK_LOGIN_URL"), url("PARTNERDESK_GRAPH_URL"),
                url("PARTNERDESK_ARM_URL"));
        return new GraphHealthFeed(GraphHealthFeed.Settings.of(hosts), environment::get, clock,
                duration -> Thread.sleep(duration.toMillis()));
    }

    @Provides @Singleton HealthDocuments healthDocuments() {
        return new GraphHealthDocuments();
    }

    /** A base URL from the environment; a bad one names the variable. */
    private Optional<URI> url(String variable) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(value.trim());
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw new IllegalArgumentException("must be an absolute http(s) URL");
            }
            return Optional.of(uri);
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException(variable + ": '" + value + "' " + bad.getMessage(), bad);
        }
    }

    @Provides @Singleton DeliverServiceRequestsUseCase delivery(Guard guard, CaseSupport support,
                                                                ServiceRequestRepository requests, CaseRepository cases,
                                                                CustomerRepository customers,
                                                                VendorOutbox outbox, VendorGateway gateway,
                                                                VendorAnswers answers, Notifier notifier) {
        DeliveryPolicy policy = new DeliveryPolicy(DeliveryPolicy.DEFAULT.maxAttempts(),
                DurationSetting.seconds(environment, "PARTNERDESK_OUTBOX_RETRY_SECONDS", DeliveryPolicy.DEFAULT.baseDelay()),
                DeliveryPolicy.DEFAULT.maxDelay());
        return new DeliveryService(guard, support, requests, cases, customers, outbox, gateway, answers, policy,
                new SecureRandom(), notifier);
    }
}
