package com.partnerdesk.domain.partner;

import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.common.Require;

/** A person the vendor can reach about a service request: always the partner's, never the customer's. */
public record Contact(String name, Email email, String phone) {
    public Contact {
        name = Require.text("primaryContact.name", name, 120);
        Require.present("primaryContact.email", email);
        phone = Require.matching("primaryContact.phone", phone, "\\+?[0-9 ()./-]{6,30}", "a telephone number");
    }
}
