package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The customers of this installation. */
public interface CustomerRepository {
    Optional<Customer> find(TenantId id);

    List<Customer> all();

    /** The tenant ids of the restricted customers (GCC High and DoD by default): few, read on every scoped request. */
    Set<TenantId> restrictedIds();

    /** Adds or replaces the customer; says which, or that nothing changed. */
    UpsertResult upsert(Customer customer);
}
