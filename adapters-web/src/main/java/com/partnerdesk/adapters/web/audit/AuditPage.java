package com.partnerdesk.adapters.web.audit;

import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the audit page shows: the filters as typed (kept when one is refused), the faults beside their fields, the
 * newest events that match, whether there are more than the page shows, the actions and customers the filters offer,
 * and the query the CSV export repeats.
 */
public record AuditPage(Map<String, String> typed, Map<String, String> faults, List<AuditEvent> events, boolean more,
                        List<String> actions, List<Customer> customers, String query) {

    public AuditPage {
        typed = Map.copyOf(typed);
        faults = Map.copyOf(faults);
        events = List.copyOf(events);
        actions = List.copyOf(actions);
        customers = List.copyOf(customers);
        query = query == null ? "" : query;
    }

    public String typed(String field) {
        return typed.getOrDefault(field, "");
    }

    public String fault(String field) {
        return faults.get(field);
    }

    /** The {@code aria-describedby} of a field: its fault's id when it has one. */
    public String describedBy(String field) {
        return faults.containsKey(field) ? field + "-error" : null;
    }

    /** The customer's name, or the tenant id of a customer this desk no longer has. */
    public String customerName(Optional<TenantId> tenantId) {
        return tenantId.map(t -> customers.stream().filter(c -> c.tenantId().equals(t)).map(Customer::name).findFirst()
                .orElse(t.value())).orElse("—");
    }

    public String exportLink() {
        return "/audit/export.csv" + (query.isEmpty() ? "" : "?" + query);
    }
}
