package com.partnerdesk.application.service;

import com.partnerdesk.application.port.out.CaseQuery;
import com.partnerdesk.domain.customer.TenantId;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What a caller may see of the installation's customers, decided by {@link Guard#scope} alone: the restricted
 * customers a caller who is not screened must not see, as if they did not exist (ADR 0014). Every list, search,
 * count, export and report a use case builds goes through one.
 */
public record CallerScope(Set<TenantId> hidden) {
    public static final CallerScope EVERYTHING = new CallerScope(Set.of());

    public CallerScope {
        hidden = Set.copyOf(hidden);
    }

    public boolean sees(TenantId customer) {
        return !hidden.contains(customer);
    }

    /** The items whose customer the caller may see, in their order. */
    public <T> List<T> filter(List<T> items, Function<T, TenantId> customer) {
        return hidden.isEmpty() ? items : items.stream().filter(item -> sees(customer.apply(item))).toList();
    }

    /** The query, narrowed to what the caller may see (the store leaves the hidden customers out of pages and counts). */
    public CaseQuery applyTo(CaseQuery query) {
        return hidden.isEmpty() ? query : query.hiding(hidden);
    }
}
