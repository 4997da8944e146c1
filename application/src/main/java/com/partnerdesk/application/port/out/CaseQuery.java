package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.cases.CaseSort;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.Impact;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Filters of the case queue; text is searched in titles, descriptions and notes; a service request's filter lists the
 * cases linked to it (a cluster's request may have thousands: its view gives their count and this query); the owner
 * filter keeps one agent's cases ({@code ownedBy}) or the unowned ones ({@code unowned}); {@code clockAtRiskBy} keeps
 * the cases whose customer's clock is at risk at that instant. The order is {@code sort},
 * each key in turn, ties broken by the order the cases were stored in, in the direction of the last key; no sort is
 * the best matches first with text, else {@link CaseSort#DEFAULT}.
 *
 * <p>The store counts the matches only up to {@link #countLimit()}: at least {@code countUpTo} (1,000 unless said) and
 * past the page asked for. "More than 1,000" is as useful to a person as the exact figure, and counting 200,000 matches
 * of a common word cost more than finding the page.
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
        Set<TenantId> hiddenCustomers,
        int countUpTo,
        Optional<Instant> clockAtRiskBy) {

    public static final int MAX_LIMIT = 500;
    /** How many matches a query counts at least before it stops counting. */
    public static final int COUNT_UP_TO = 1_000;

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
        clockAtRiskBy = clockAtRiskBy == null ? Optional.empty() : clockAtRiskBy;
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (countUpTo < 1) {
            throw new IllegalArgumentException("countUpTo must be positive");
        }
    }

    /** Every filter but the clock's, counting up to {@code countUpTo}. */
    public CaseQuery(Optional<CaseStatus> status, Optional<TenantId> tenantId, Optional<String> service,
                     Optional<Impact> impact, boolean attentionOnly, Optional<String> text,
                     Optional<ServiceRequestId> serviceRequest, Optional<AgentId> ownedBy, boolean unowned,
                     List<CaseSort> sort, int offset, int limit, Set<TenantId> hiddenCustomers, int countUpTo) {
        this(status, tenantId, service, impact, attentionOnly, text, serviceRequest, ownedBy, unowned, sort, offset,
                limit, hiddenCustomers, countUpTo, Optional.empty());
    }

    /** Every filter but the clock's, counting up to {@link #COUNT_UP_TO}. */
    public CaseQuery(Optional<CaseStatus> status, Optional<TenantId> tenantId, Optional<String> service,
                     Optional<Impact> impact, boolean attentionOnly, Optional<String> text,
                     Optional<ServiceRequestId> serviceRequest, Optional<AgentId> ownedBy, boolean unowned,
                     List<CaseSort> sort, int offset, int limit, Set<TenantId> hiddenCustomers) {
        this(status, tenantId, service, impact, attentionOnly, text, serviceRequest, ownedBy, unowned, sort, offset,
                limit, hiddenCustomers, COUNT_UP_TO);
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
                sort, offset, limit, customers, countUpTo, clockAtRiskBy);
    }

    /** The same filters and page, counting up to {@code n} matches. */
    public CaseQuery countingUpTo(int n) {
        return new CaseQuery(status, tenantId, service, impact, attentionOnly, text, serviceRequest, ownedBy, unowned,
                sort, offset, limit, hiddenCustomers, n, clockAtRiskBy);
    }

    /**
     * The most matches the store counts: one more than {@code countUpTo} or than the end of the page, whichever is
     * larger, so that a count that reaches it says "more than" and the next page is always within it.
     */
    public int countLimit() {
        return Math.max(countUpTo, offset + limit) + 1;
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
                order, newOffset, newLimit, hiddenCustomers, countUpTo, clockAtRiskBy);
    }

    /**
     * The same query, keeping only the cases whose customer's clock is at risk at {@code now}: past its warning (75 %
     * of the time to the next target, ADR 0019) or breached. A paused, met or absent clock is never at risk.
     */
    public CaseQuery clockAtRiskAt(Instant now) {
        return new CaseQuery(status, tenantId, service, impact, attentionOnly, text, serviceRequest, ownedBy, unowned,
                sort, offset, limit, hiddenCustomers, countUpTo, Optional.of(now));
    }
}
