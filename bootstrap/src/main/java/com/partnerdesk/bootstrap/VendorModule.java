package com.partnerdesk.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
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
import java.security.SecureRandom;
import java.util.Map;

/**
 * How service requests reach the vendor. {@code PARTNERDESK_VENDOR_GATEWAY=portal} (the default) needs no
 * credentials: the agent files the prefilled request in the partner dashboard and records its number.
 */
final class VendorModule extends AbstractModule {
    static final String DEFAULT_DASHBOARD = "https://partner.microsoft.us/dashboard/customers/{tenantId}/servicemanagement";

    private final Map<String, String> environment;

    VendorModule(Map<String, String> environment) {
        this.environment = environment;
    }

    @Provides @Singleton VendorGateway gateway() {
        String kind = environment.getOrDefault("PARTNERDESK_VENDOR_GATEWAY", "portal");
        if (!"portal".equals(kind)) {
            throw new IllegalArgumentException("PARTNERDESK_VENDOR_GATEWAY: '" + kind + "' is not a known gateway (portal)");
        }
        return new PortalVendorGateway(environment.getOrDefault("PARTNERDESK_DASHBOARD_URL", DEFAULT_DASHBOARD));
    }

    @Provides @Singleton DeliverServiceRequestsUseCase delivery(Guard guard, CaseSupport support,
                                                                ServiceRequestRepository requests, CaseRepository cases,
                                                                VendorOutbox outbox, VendorGateway gateway,
                                                                VendorAnswers answers) {
        return new DeliveryService(guard, support, requests, cases, outbox, gateway, answers, DeliveryPolicy.DEFAULT,
                new SecureRandom());
    }
}
