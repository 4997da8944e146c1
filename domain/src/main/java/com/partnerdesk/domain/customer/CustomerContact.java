package com.partnerdesk.domain.customer;

import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.common.Require;

/** The person at a customer whom the partner keeps informed: customer updates are mailed to them. */
public record CustomerContact(String name, Email email) {
    public CustomerContact {
        name = Require.text("contactName", name, 200);
        Require.present("contactEmail", email);
    }
}
