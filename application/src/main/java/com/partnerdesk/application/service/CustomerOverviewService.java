package com.partnerdesk.application.service;

import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.CustomerOverview;
import com.partnerdesk.application.port.in.CustomerOverviewUseCase;
import com.partnerdesk.application.port.out.CaseQuery;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.application.port.out.HealthIssueRepository;
import com.partnerdesk.application.port.out.ServiceRequestRepository;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.TenantId;
import java.util.List;
import java.util.Optional;

/** One customer's page: read in one transaction, each list asked of the store for that customer only. */
public final class CustomerOverviewService implements CustomerOverviewUseCase {
    private final Guard guard;
    private final CaseSupport support;
    private final CaseRepository cases;
    private final ServiceRequestRepository requests;
    private final HealthIssueRepository health;

    public CustomerOverviewService(Guard guard, CaseSupport support, CaseRepository cases,
                                   ServiceRequestRepository requests, HealthIssueRepository health) {
        this.guard = guard;
        this.support = support;
        this.cases = cases;
        this.requests = requests;
        this.health = health;
    }

    @Override
    public CustomerOverview overview(Caller caller, TenantId tenantId, int limit) {
        int bounded = Math.max(1, Math.min(limit, CaseQuery.MAX_LIMIT));
        return guard.read(() -> {
            guard.require(caller, Action.VIEW, Optional.empty(), Optional.of(tenantId), Optional.empty(),
                    "customer.view");
            Customer customer = support.loadCustomer(tenantId);
            var caseList = FindCasesService.list(cases.search(new CaseQuery(Optional.empty(), Optional.of(tenantId),
                    Optional.empty(), Optional.empty(), false, Optional.empty(), 0, bounded)), support).items();
            var requestViews = requests.forTenant(tenantId, bounded).stream().map(support::view).toList();
            // the active issues the customer's own feeds show, on its services and the whole suite (ADR 0015)
            List<String> services = new java.util.ArrayList<>(customer.managedServices().stream()
                    .map(com.partnerdesk.domain.catalogue.VendorService::name).toList());
            services.add(com.partnerdesk.domain.catalogue.VendorService.SUITE);
            var issues = health.shownTo(customer, services, true).stream()
                    .filter(i -> i.coversLocation(customer.cloud(), customer.region())).toList();
            return new CustomerOverview(customer, caseList, requestViews, issues);
        });
    }
}
