package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.cases.CaseSort;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.Impact;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Filters of the case queue; text is searched in titles, descriptions and notes; a service request's filter lists the
 * cases linked to it (a cluster's request may have thousands: its view gives their count and this query); the owner
 * filter keeps one agent's cases ({@code ownedBy}) or the unowned ones ({@code unowned}). The order is {@code sort},
 * each key in turn, ties broken by the order the cases were stored in, in the direction of the last key; no sort is
 * the best matches first with text, else {@link CaseSort#DEFAULT}.
 */
public record CaseQuery(
        Optional<CaseStatus> status,
        Optional<TenantId> tenantId,
        Optional<String> service,
        Optional<Impact> impact,
        boolean attentionOnly,
        Optional<String> text,
        Optional<ServiceRequestId> serviceRequest,
        Optional<AgentId> ownedBy,
        boolean unowned,
        List<CaseSort> sort,
        int offset,
        int limit,
        Set<TenantId> hiddenCustomers) {

    public static final int MAX_LIMIT = 500;

    public CaseQuery {
        status = status == null ? Optional.empty() : status;
        tenantId = tenantId == null ? Optional.empty() : tenantId;
        service = service == null ? Optional.empty() : service.map(String::strip).filter(s -> !s.isEmpty());
        impact = impact == null ? Optional.empty() : impact;
        text = text == null ? Optional.empty() : text.map(String::strip).filter(s -> !s.isEmpty());
        hiddenCustomers = hiddenCustomers == null ? Set.of() : Set.copyOf(hiddenCustomers);
        serviceRequest = serviceRequest == null ? Optional.empty() : serviceRequest;
        ownedBy = ownedBy == null ? Optional.empty() : ownedBy;
        if (unowned && ownedBy.isPresent()) {
            throw new IllegalArgumentException("a case cannot be both unowned and owned by " + ownedBy.get());
        }
        sort = sort == null ? List.of() : List.copyOf(sort);
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /** The queue's filters and a service request's, in the queue's own order. */
    public CaseQuery(Optional<CaseStatus> status, Optional<TenantId> tenantId, Optional<String> service,
                     Optional<Impact> impact, boolean attentionOnly, Optional<String> text,
                     Optional<ServiceRequestId> serviceRequest, int offset, int limit) {
        this(status, tenantId, service, impact, attentionOnly, text, serviceRequest, Optional.empty(), false,
                List.of(), offset, limit, Set.of());
    }

    /** The queue's filters without a service request. */
    public CaseQuery(Optional<CaseStatus> status, Optional<TenantId> tenantId, Optional<String> service,
                     Optional<Impact> impact, boolean attentionOnly, Optional<String> text, int offset, int limit) {
        this(status, tenantId, service, impact, attentionOnly, text, Optional.empty(), offset, limit);
    }

    /** The same query, leaving out these customers' cases from the page and the count. */
    public CaseQuery hiding(Set<TenantId> customers) {
        return new CaseQuery(status, tenantId, service, impact, attentionOnly, text, serviceRequest, ownedBy, unowned,
                sort, offset, limit, customers);
    }

    public static CaseQuery all(int limit) {
        return new CaseQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), 0, limit);
    }

    /** The order the store applies: the one asked for, else the best matches (text) or the queue's own order. */
    public List<CaseSort> order() {
        return sort.isEmpty() && text.isEmpty() ? CaseSort.DEFAULT : sort;
    }

    /** The same query in another order, another page. */
    public CaseQuery sorted(List<CaseSort> order, int newOffset, int newLimit) {
        return new CaseQuery(status, tenantId, service, impact, attentionOnly, text, serviceRequest, ownedBy, unowned,
                order, newOffset, newLimit, hiddenCustomers);
    }
}
