package com.partnerdesk.adapters.vendor;

import com.partnerdesk.application.port.out.VendorGateway;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The seed's own path, needing no credentials: the agent files the prefilled request in the vendor's
 * partner dashboard, in the customer's context, and records the vendor's request number, which completes
 * delivery. Nothing travels to the vendor from here: there is nothing to fetch, and the partner's own notes are left to the
 * agent, who adds them in the dashboard.
 *
 * <p>The link is the partner dashboard opened on the customer's service management (the seed: sign in to the
 * partner dashboard, Customers, the customer, Service management, Service requests, New request): starting there,
 * not in the customer's own admin center, keeps the partner–customer relationship. It is made from a template in
 * which {@value #TENANT_ID} stands for the customer's tenant id.
 */
public final class PortalVendorGateway implements VendorGateway {
    /** The seed's partner dashboard (https://partner.microsoft.com/dashboard), opened on the customer's service management. */
    public static final String DEFAULT_DASHBOARD =
            "https://partner.microsoft.com/dashboard/customers/{tenantId}/servicemanagement";

    static final String TENANT_ID = "{tenantId}";

    private final String dashboardUrlTemplate;

    /** Refuses a template that is not an absolute http(s) address or does not place the customer's tenant id. */
    public PortalVendorGateway(String dashboardUrlTemplate) {
        this.dashboardUrlTemplate = requireTemplate(dashboardUrlTemplate);
    }

    private static String requireTemplate(String template) {
        if (template == null || template.isBlank()) {
            throw new IllegalArgumentException("the partner dashboard address is empty");
        }
        String trimmed = template.strip();
        if (!trimmed.contains(TENANT_ID)) {
            throw new IllegalArgumentException("'" + trimmed + "' does not contain " + TENANT_ID
                    + ", where the customer's tenant id goes: the request must be filed in the customer's context");
        }
        try {
            URI sample = new URI(trimmed.replace(TENANT_ID, "00000000-0000-4000-8000-000000000000"));
            String scheme = sample.getScheme() == null ? "" : sample.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || sample.getHost() == null) {
                throw new URISyntaxException(trimmed, "not an absolute http(s) address");
            }
        } catch (URISyntaxException bad) {
            throw new IllegalArgumentException("'" + trimmed + "' is not an absolute https:// address such as "
                    + DEFAULT_DASHBOARD, bad);
        }
        return trimmed;
    }

    public String dashboardUrl(ServiceRequest request) {
        return dashboardUrlTemplate.replace(TENANT_ID, request.customer().value());
    }

    @Override
    public Delivery submit(ServiceRequest request, String correlationId) {
        return new AwaitingAgent("File it in the partner dashboard at " + dashboardUrl(request)
                + " (Service requests > New request > " + request.productName() + ", support topic "
                + request.supportTopic().name() + ", severity " + request.severity().vendorName()
                + ", the partner's contact), then record the vendor's request number");
    }

    @Override
    public Optional<ManualFiling> manualFiling(ServiceRequest request, Cloud cloud) {
        var contact = request.primaryContact();
        ProductPortal portal = ProductPortal.of(request.supportTopic().productFamily(), cloud);
        return Optional.of(new ManualFiling(dashboardUrl(request), portal.name(), portal.link(), List.of(
                "Sign in to the partner dashboard with the partner's credentials and open the link: it shows the"
                        + " customer's Service management. Start there, not in the customer's own admin center, so that"
                        + " the partner-customer relationship is kept.",
                "Choose Service requests, then New request, then the product " + request.productName()
                        + ": the dashboard sends you on to " + portal.name() + " (" + portal.link() + ").",
                "In " + portal.name() + ", sign in with the partner's credentials and choose Support, then New"
                        + " service request.",
                "Choose the support topic " + request.supportTopic().name() + " (" + request.supportTopic().id().value()
                        + ") and enter the request as prefilled here: severity " + request.severity().vendorName()
                        + ", the title, the description, country " + request.countryCode().value()
                        + ", and the partner's contact " + contact.name() + " <" + contact.email().value() + ">, "
                        + contact.phone() + " (never the customer's).",
                "Submit it and record the request number the vendor shows: that completes delivery and starts the vendor's "
                        + request.responseTarget().toHours() + " h response clock.")));
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
