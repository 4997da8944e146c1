package com.partnerdesk.bootstrap;

import com.partnerdesk.application.port.out.VendorGateway;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import java.util.Optional;

/**
 * The seed's own path, needing no credentials: the agent files the prefilled request in the vendor's
 * partner dashboard, in the customer's context, and records the vendor's request number, which completes
 * delivery. Nothing travels to the vendor from here: there is nothing to fetch, and the partner's own notes are left to the
 * agent, who adds them in the dashboard.
 */
public final class PortalVendorGateway implements VendorGateway {
    private final String dashboardUrlTemplate;

    public PortalVendorGateway(String dashboardUrlTemplate) {
        this.dashboardUrlTemplate = dashboardUrlTemplate;
    }

    public String dashboardUrl(ServiceRequest request) {
        return dashboardUrlTemplate.replace("{tenantId}", request.customer().value());
    }

    @Override
    public Delivery submit(ServiceRequest request, String correlationId) {
        return new AwaitingAgent("Sign in to the partner dashboard, open " + dashboardUrl(request)
                + " (Customers > customer > Service management > Service requests > New request), file "
                + request.productName() + " / " + request.supportTopic().name() + " / " + request.severity().vendorName()
                + " with the partner's contact, then record the vendor's request number on the case");
    }

    @Override
    public Optional<VendorState> fetch(String vendorRequestNumber) {
        return Optional.empty();
    }

    @Override
    public Delivery update(String vendorRequestNumber, Optional<String> newNote, Optional<ServiceRequestStatus> status,
                           String correlationId) {
        return new AwaitingAgent("Add the note or status to service request " + vendorRequestNumber
                + " in the partner dashboard: the portal has no channel from here to the vendor");
    }
}
