package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.TenantId;
import java.util.List;

/** Reads the customers of this installation. */
public interface CustomersUseCase {
    List<Customer> list(Caller caller);

    Customer get(Caller caller, TenantId id);
}
