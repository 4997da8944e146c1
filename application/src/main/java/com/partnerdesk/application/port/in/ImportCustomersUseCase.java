package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.customer.Customer;
import java.util.List;

/** Adds or updates customers in one transaction: all of them, or none. */
public interface ImportCustomersUseCase {
    ImportReport importCustomers(Caller caller, List<Customer> customers);
}
