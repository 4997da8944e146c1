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
        phone = phone(phone);
    }

    /** A telephone number as a contact keeps it: digits with an optional leading +, spaces and ( ) . / - */
    public static String phone(String value) {
        return Require.matching("primaryContact.phone", value, PHONE, "a telephone number such as +1 202 555 0100");
    }
}
