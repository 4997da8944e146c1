package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.servicerequest.UnlinkedVendorRequest;
import java.util.List;

/**
 * A customer with its cases, its service requests, the requests the vendor holds for it under numbers no request of
 * the desk carries (filed in the portal, never recorded) and the active health issues that cover its cloud and region.
 */
public record CustomerOverview(Customer customer, List<CaseListItem> cases, List<ServiceRequestView> serviceRequests,
                               List<UnlinkedVendorRequest> unlinkedVendorRequests, List<HealthIssue> activeIssues) {
    public CustomerOverview {
        cases = List.copyOf(cases);
        unlinkedVendorRequests = List.copyOf(unlinkedVendorRequests);
        serviceRequests = List.copyOf(serviceRequests);
        activeIssues = List.copyOf(activeIssues);
    }
}
