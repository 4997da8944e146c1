package com.partnerdesk.domain.partner;

import com.partnerdesk.domain.common.Require;
import java.util.Optional;

/** The partner running this installation: its name, its primary contact for the vendor, its entitlements. */
public record PartnerProfile(String organization, Optional<Contact> primaryContact, boolean advancedSupport) {
    public PartnerProfile {
        organization = Require.text("organization", organization, 200);
        primaryContact = Require.present("primaryContact", primaryContact);
    }
}
