package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.Impact;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import java.util.Optional;

/**
 * What the case queue is asked for: filters, and words that find a case by its id (or the short id the queue shows),
 * its customer's name or domain, or what its title, description and notes say.
 */
public record CaseSearch(
        Optional<CaseStatus> status,
        Optional<TenantId> tenantId,
        Optional<String> service,
        Optional<Impact> impact,
        boolean attentionOnly,
        Optional<String> text,
        Optional<ServiceRequestId> serviceRequest,
        int offset,
        int limit) {

    public static final int MAX_LIMIT = 500;

    public CaseSearch {
        status = status == null ? Optional.empty() : status;
        tenantId = tenantId == null ? Optional.empty() : tenantId;
        service = service == null ? Optional.empty() : service.map(String::strip).filter(s -> !s.isEmpty());
        impact = impact == null ? Optional.empty() : impact;
        text = text == null ? Optional.empty() : text.map(String::strip).filter(s -> !s.isEmpty());
        serviceRequest = serviceRequest == null ? Optional.empty() : serviceRequest;
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /** The filters without a service request (whose cases a request's JSON links to). */
    public CaseSearch(Optional<CaseStatus> status, Optional<TenantId> tenantId, Optional<String> service,
                      Optional<Impact> impact, boolean attentionOnly, Optional<String> text, int offset, int limit) {
        this(status, tenantId, service, impact, attentionOnly, text, Optional.empty(), offset, limit);
    }

    public static CaseSearch all(int limit) {
        return new CaseSearch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), 0, limit);
    }

    /** The customer's cases, newest activity first. */
    public static CaseSearch ofTenant(TenantId tenantId, int limit) {
        return new CaseSearch(Optional.empty(), Optional.of(tenantId), Optional.empty(), Optional.empty(), false,
                Optional.empty(), 0, limit);
    }
}
