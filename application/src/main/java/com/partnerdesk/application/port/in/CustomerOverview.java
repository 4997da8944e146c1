package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.health.HealthIssue;
import java.util.List;

/** A customer with its cases, its service requests and the active health issues that cover its cloud and region. */
public record CustomerOverview(Customer customer, List<CaseListItem> cases, List<ServiceRequestView> serviceRequests,
                               List<HealthIssue> activeIssues) {
    public CustomerOverview {
        cases = List.copyOf(cases);
        serviceRequests = List.copyOf(serviceRequests);
        activeIssues = List.copyOf(activeIssues);
    }
}
