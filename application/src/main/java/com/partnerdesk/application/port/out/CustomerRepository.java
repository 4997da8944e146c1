package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.TenantId;
import java.util.List;
import java.util.Optional;

/** The customers of this installation. */
public interface CustomerRepository {
    Optional<Customer> find(TenantId id);

    List<Customer> all();

    /** Adds or replaces the customer; says which, or that nothing changed. */
    UpsertResult upsert(Customer customer);
}
