package com.partnerdesk.application.service;

import com.partnerdesk.application.error.InputFault;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.CustomersUseCase;
import com.partnerdesk.application.port.in.ImportCustomersUseCase;
import com.partnerdesk.application.port.in.ImportReport;
import com.partnerdesk.application.port.out.CustomerRepository;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.TenantId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class CustomersService implements CustomersUseCase, ImportCustomersUseCase {
    private final Guard guard;
    private final CaseSupport support;
    private final CustomerRepository customers;

    public CustomersService(Guard guard, CaseSupport support, CustomerRepository customers) {
        this.guard = guard;
        this.support = support;
        this.customers = customers;
    }

    @Override
    public List<Customer> list(Caller caller) {
        return guard.read(() -> {
            guard.require(caller, Action.VIEW, "customer.list");
            return guard.scope(caller).filter(customers.all(), Customer::tenantId);
        });
    }

    @Override
    public Customer get(Caller caller, TenantId id) {
        return guard.read(() -> {
            guard.require(caller, Action.VIEW, Optional.empty(), Optional.of(id), Optional.empty(), "customer.view");
            return support.loadCustomer(id);
        });
    }

    @Override
    public ImportReport importCustomers(Caller caller, List<Customer> incoming) {
        List<InputFault> faults = new ArrayList<>();
        Map<TenantId, Integer> seen = new HashMap<>();
        for (int i = 0; i < incoming.size(); i++) {
            Integer first = seen.putIfAbsent(incoming.get(i).tenantId(), i + 1);
            if (first != null) {
                faults.add(new InputFault("record " + (i + 1), "tenantId " + incoming.get(i).tenantId()
                        + " appears again (first at record " + first + ")"));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException("Customer import refused", faults);
        }
        return guard.write(() -> {
            guard.require(caller, Action.MANAGE_CUSTOMERS, "customer.import");
            int added = 0;
            int updated = 0;
            int unchanged = 0;
            for (Customer customer : incoming) {
                switch (customers.upsert(customer)) {
                    case ADDED -> added++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            }
            guard.record(caller, "customer.import", Optional.empty(), Optional.empty(),
                    "added " + added + ", updated " + updated + ", unchanged " + unchanged);
            return new ImportReport(added, updated, unchanged);
        });
    }
}
