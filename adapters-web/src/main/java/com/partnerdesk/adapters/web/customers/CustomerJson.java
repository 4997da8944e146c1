package com.partnerdesk.adapters.web.customers;

import com.partnerdesk.domain.catalogue.VendorService;
import com.partnerdesk.domain.customer.Customer;
import java.util.LinkedHashMap;
import java.util.Map;

/** A customer in the API's JSON; pure functions. */
final class CustomerJson {
    private CustomerJson() {
    }

    static Map<String, Object> of(Customer c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tenantId", c.tenantId().value());
        m.put("name", c.name());
        m.put("domain", c.domain());
        m.put("cloud", c.cloud().name());
        m.put("region", c.region().value());
        m.put("relationship", c.relationship().name());
        m.put("supportRights", c.supportRights());
        m.put("supportPlan", c.supportPlan().name());
        m.put("resellerType", c.resellerType().name());
        m.put("country", c.country().value());
        m.put("restricted", c.restricted());
        m.put("managedServices", c.managedServices().stream().map(CustomerJson::serviceJson).toList());
        m.put("contact", c.contact().map(contact -> {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("name", contact.name());
            person.put("email", contact.email().value());
            return person;
        }).orElse(null));
        return m;
    }

    static Map<String, Object> serviceJson(VendorService s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("productFamily", s.family().name());
        return m;
    }
}
