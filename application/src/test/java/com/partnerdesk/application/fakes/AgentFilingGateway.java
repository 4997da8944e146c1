package com.partnerdesk.application.fakes;

import com.partnerdesk.application.port.out.VendorGateway;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import java.util.List;
import java.util.Optional;

/**
 * A gateway that leaves filing to the agent, as the portal path does: nothing is sent, the request waits for the
 * agent to file it at {@link #DASHBOARD} (the customer's tenant id filled in) and record the vendor's number.
 */
public final class AgentFilingGateway implements VendorGateway {
    public static final String DASHBOARD = "https://partner.example/dashboard/customers/{tenantId}/servicemanagement";

    public static String linkFor(String tenantId) {
        return DASHBOARD.replace("{tenantId}", tenantId);
    }

    @Override
    public Delivery submit(ServiceRequest request, String correlationId) {
        return new AwaitingAgent("file it at " + linkFor(request.customer().value()));
    }

    @Override
    public Optional<VendorState> fetch(String vendorRequestNumber) {
        return Optional.empty();
    }

    @Override
    public Delivery update(String vendorRequestNumber, Optional<String> newNote, Optional<ServiceRequestStatus> status,
                           String correlationId) {
        return new AwaitingAgent("nothing travels on the portal path");
    }

    @Override
    public Optional<ManualFiling> manualFiling(ServiceRequest request, Cloud cloud) {
        return Optional.of(new ManualFiling(linkFor(request.customer().value()), "the product's portal (" + cloud + ")",
                "https://portal.example/" + cloud.name().toLowerCase(java.util.Locale.ROOT), List.of(
                "Open the customer's service management in the partner dashboard",
                "New request: " + request.productName() + ", support topic " + request.supportTopic().name())));
    }
}
