package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.partner.PartnerProfile;

/** The partner's own settings: name, primary contact for the vendor, entitlements. */
public interface PartnerSettings {
    PartnerProfile profile();

    void save(PartnerProfile profile);
}
