package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.cases.CaseSort;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.Impact;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the case queue is asked for: filters, and words that find a case by its id (or the short id the queue shows),
 * its customer's name or domain, or what its title, description and notes say; whose cases; only those whose
 * customer's clock is at risk ({@code clockAtRisk}); in which order (none:
 * the best matches first when there are words, else {@link CaseSort#DEFAULT}); which page.
 */
public record CaseSearch(
        Optional<CaseStatus> status,
        Optional<TenantId> tenantId,
        Optional<String> service,
        Optional<Impact> impact,
        boolean attentionOnly,
        Optional<String> text,
        Optional<ServiceRequestId> serviceRequest,
        Optional<Owner> owner,
        List<CaseSort> sort,
        int offset,
        int limit,
        boolean clockAtRisk) {

    public static final int MAX_LIMIT = 500;

    /** Whose cases: the caller's ({@code me}), nobody's ({@code none}), or an agent's (their e-mail). */
    public sealed interface Owner {
        record Me() implements Owner {
        }

        record Nobody() implements Owner {
        }

        record Agent(Email email) implements Owner {
        }

        static Owner parse(String text) {
            String value = text == null ? "" : text.strip();
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "me" -> new Me();
                case "none" -> new Nobody();
                case "" -> throw new InvalidValueException("owner", "is empty: me, none or an agent's e-mail");
                default -> new Agent(Email.of(value));
            };
        }

        /** As the API's {@code owner} writes it. */
        default String text() {
            if (this instanceof Agent a) {
                return a.email().value();
            }
            return this instanceof Me ? "me" : "none";
        }
    }

    public CaseSearch {
        status = status == null ? Optional.empty() : status;
        tenantId = tenantId == null ? Optional.empty() : tenantId;
        service = service == null ? Optional.empty() : service.map(String::strip).filter(s -> !s.isEmpty());
        impact = impact == null ? Optional.empty() : impact;
        text = text == null ? Optional.empty() : text.map(String::strip).filter(s -> !s.isEmpty());
        serviceRequest = serviceRequest == null ? Optional.empty() : serviceRequest;
        owner = owner == null ? Optional.empty() : owner;
        sort = sort == null ? List.of() : List.copyOf(sort);
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /** Every filter but the customer clock's. */
    public CaseSearch(Optional<CaseStatus> status, Optional<TenantId> tenantId, Optional<String> service,
                      Optional<Impact> impact, boolean attentionOnly, Optional<String> text,
                      Optional<ServiceRequestId> serviceRequest, Optional<Owner> owner, List<CaseSort> sort, int offset,
                      int limit) {
        this(status, tenantId, service, impact, attentionOnly, text, serviceRequest, owner, sort, offset, limit, false);
    }

    /** The filters of a service request's cases, in the queue's own order. */
    public CaseSearch(Optional<CaseStatus> status, Optional<TenantId> tenantId, Optional<String> service,
                      Optional<Impact> impact, boolean attentionOnly, Optional<String> text,
                      Optional<ServiceRequestId> serviceRequest, int offset, int limit) {
        this(status, tenantId, service, impact, attentionOnly, text, serviceRequest, Optional.empty(), List.of(),
                offset, limit);
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

    /** The customer's cases, in the queue's order. */
    public static CaseSearch ofTenant(TenantId tenantId, int limit) {
        return new CaseSearch(Optional.empty(), Optional.of(tenantId), Optional.empty(), Optional.empty(), false,
                Optional.empty(), 0, limit);
    }

    /** The same search, another page. */
    public CaseSearch atOffset(int newOffset) {
        return new CaseSearch(status, tenantId, service, impact, attentionOnly, text, serviceRequest, owner, sort,
                newOffset, limit, clockAtRisk);
    }

    /**
     * The same search, keeping only the cases whose customer's clock is at risk ({@code true}: past its warning or
     * breached) or not narrowing by the clock ({@code false}).
     */
    public CaseSearch withClockAtRisk(boolean atRisk) {
        return new CaseSearch(status, tenantId, service, impact, attentionOnly, text, serviceRequest, owner, sort,
                offset, limit, atRisk);
    }
}
