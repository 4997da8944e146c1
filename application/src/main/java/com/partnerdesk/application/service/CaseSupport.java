package com.partnerdesk.application.service;

import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.error.StaleVersionException;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.ServiceRequestView;
import com.partnerdesk.application.port.in.AgentRef;
import com.partnerdesk.application.port.in.OwnerChangeView;
import com.partnerdesk.application.port.out.AgentRepository;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.application.port.out.CustomerRepository;
import com.partnerdesk.application.port.out.ServiceRequestRepository;
import com.partnerdesk.application.port.out.VendorGateway;
import com.partnerdesk.application.port.out.VendorOutbox;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.servicerequest.UnlinkedVendorRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Look-ups every case use case needs: the case, its customer, the version check, the view (with how its service
 * request is delivered: the outbox entry, and on the portal path how the agent files it).
 */
public final class CaseSupport {
    private final CaseRepository cases;
    private final CustomerRepository customers;
    private final AgentRepository agents;
    private final ServiceRequestRepository requests;
    private final VendorOutbox outbox;
    private final VendorGateway gateway;
    private final Clock clock;

    public CaseSupport(CaseRepository cases, CustomerRepository customers, AgentRepository agents,
                       ServiceRequestRepository requests, VendorOutbox outbox, VendorGateway gateway, Clock clock) {
        this.cases = cases;
        this.customers = customers;
        this.agents = agents;
        this.requests = requests;
        this.outbox = outbox;
        this.gateway = gateway;
        this.clock = clock;
    }

    public Case loadCase(CaseId id) {
        return cases.find(id).orElseThrow(() -> new NotFoundException("Case", id));
    }

    public Customer loadCustomer(TenantId id) {
        return customers.find(id).orElseThrow(() -> new NotFoundException("Customer", id));
    }

    public ServiceRequest loadRequest(ServiceRequestId id) {
        return requests.find(id).orElseThrow(() -> new NotFoundException("Service request", id));
    }

    /** The agent with this e-mail, or a refusal naming {@code field}. */
    public Agent agentByEmail(String field, Email email) {
        return agents.findByEmail(email)
                .orElseThrow(() -> InvalidInputException.of(field, "no agent has the e-mail " + email));
    }

    /** Names agents by id, each looked up once per resolver: for a page of cases or a case's timeline. */
    public java.util.function.Function<Optional<AgentId>, Optional<AgentRef>> agentRefs() {
        Map<AgentId, Optional<AgentRef>> refs = new HashMap<>();
        return id -> id.flatMap(a -> refs.computeIfAbsent(a, k -> agents.find(k).map(AgentRef::of)));
    }

    /** Refuses a change made from a version the caller no longer has in front of them. */
    public static void requireVersion(Case c, long expectedVersion) {
        if (c.version() != expectedVersion) {
            throw new StaleVersionException("Case", c.id(), expectedVersion, c.version());
        }
    }

    public CaseView view(Case c) {
        return view(c, loadCustomer(c.customer()));
    }

    /** The view of a case whose customer the caller has already loaded. */
    public CaseView view(Case c, Customer customer) {
        if (!customer.tenantId().equals(c.customer())) {
            throw new IllegalArgumentException("case " + c.id() + " belongs to " + c.customer() + ", not "
                    + customer.tenantId());
        }
        Optional<ServiceRequestView> request = c.serviceRequestId().flatMap(requests::find).map(this::view);
        java.util.function.Function<Optional<AgentId>, Optional<AgentRef>> ref = agentRefs();
        List<OwnerChangeView> changes = c.ownerChanges().stream()
                .map(o -> new OwnerChangeView(ref.apply(o.from()), ref.apply(o.to()), o.by(), o.at(), o.why()))
                .toList();
        return CaseView.of(c, customer, request, ref.apply(c.owner()), changes);
    }

    /**
     * The view of a request; one still waiting for the vendor's number also carries the customer's unlinked vendor
     * requests, the ones the agent may link to it.
     */
    public ServiceRequestView view(ServiceRequest request) {
        Customer customer = loadCustomer(request.customer());
        Optional<VendorOutbox.OutboxEntry> entry = outbox.find(request.id());
        Optional<VendorGateway.ManualFiling> filing = gateway.manualFiling(request, customer.cloud());
        boolean awaitingNumber = awaitingNumber(request, entry, filing);
        return requestView(request, entry, outbox.updates(request.id()), filing, awaitingNumber,
                awaitingNumber ? requests.unlinked(request.customer()) : List.of(), clock.instant());
    }

    private static boolean awaitingNumber(ServiceRequest r, Optional<VendorOutbox.OutboxEntry> outbox,
                                          Optional<VendorGateway.ManualFiling> filing) {
        boolean parked = outbox.map(e -> e.state() == VendorOutbox.OutboxState.PARKED).orElse(false);
        return r.vendorRequestNumber().isEmpty() && (filing.isPresent() || parked);
    }

    static ServiceRequestView requestView(ServiceRequest r, Optional<VendorOutbox.OutboxEntry> outbox,
                                        List<VendorOutbox.UpdateEntry> updates,
                                        Optional<VendorGateway.ManualFiling> filing, boolean awaitingNumber,
                                        List<UnlinkedVendorRequest> unlinked, Instant now) {
        return new ServiceRequestView(r.id(), r.customer().value(), r.caseIds(), r.clusterId(), r.title(),
                r.description(), r.severity(), r.status(), r.supportTopic().id().value(), r.supportTopic().name(),
                r.supportTopic().productFamily().name(), r.productName(), r.countryCode().value(), r.primaryContact(),
                r.organization(), r.notes(), r.createdAt(), r.lastModifiedAt(), r.lastClosedAt(),
                r.vendorRequestNumber(), r.submittedAt(), r.responseTarget(), r.responseDueAt(),
                r.responseTimeLeft(now), r.isResponseTargetBreached(now),
                outbox.map(e -> e.state().name()), outbox.map(VendorOutbox.OutboxEntry::attempts).orElse(0),
                outbox.map(VendorOutbox.OutboxEntry::lastError).filter(e -> !e.isBlank()),
                filing.map(VendorGateway.ManualFiling::link), filing.map(VendorGateway.ManualFiling::portalName),
                filing.map(VendorGateway.ManualFiling::portalLink),
                filing.map(VendorGateway.ManualFiling::steps).orElse(List.of()),
                awaitingNumber, unlinked, count(updates, VendorOutbox.OutboxState.PENDING),
                count(updates, VendorOutbox.OutboxState.PARKED), r.version());
    }

    private static int count(List<VendorOutbox.UpdateEntry> updates, VendorOutbox.OutboxState state) {
        return (int) updates.stream().filter(u -> u.state() == state).count();
    }

}
