package com.partnerdesk.domain.partner;

import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.common.Require;
import java.util.regex.Pattern;

/** A person the vendor can reach about a service request: always the partner's, never the customer's. */
public record Contact(String name, Email email, String phone) {
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,30}");

    public Contact {
        name = Require.text("primaryContact.name", name, 120);
        Require.present("primaryContact.email", email);
        phone = Require.matching("primaryContact.phone", phone, PHONE, "a telephone number");
    }
}
