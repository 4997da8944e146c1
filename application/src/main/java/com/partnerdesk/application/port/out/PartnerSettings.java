package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.partner.PartnerProfile;

/**
 * The partner's own settings: name, primary contact for the vendor, entitlements. Until a profile is saved the
 * store answers the default one ("PartnerDesk partner", no contact, no advanced support) at version 0; each save
 * adds one to the version.
 */
public interface PartnerSettings {
    PartnerProfile DEFAULT = new PartnerProfile("PartnerDesk partner", java.util.Optional.empty(), false);

    PartnerProfile profile();

    /** The version of the stored profile: 0 until the first save. */
    long version();

    /**
     * Saves the profile if the stored version is {@code expectedVersion}, and returns the new version; another
     * version is a {@link com.partnerdesk.application.error.StaleVersionException} and nothing is written.
     */
    long save(PartnerProfile profile, long expectedVersion);

    /** The targets and business hours of the customer's clock: until saved, the defaults at version 0. */
    com.partnerdesk.domain.cases.CustomerClockSettings customerClock();

    /** The version of the stored customer clock settings: 0 until the first save. */
    long customerClockVersion();

    /** As {@link #save}, for the customer clock settings. */
    long saveCustomerClock(com.partnerdesk.domain.cases.CustomerClockSettings settings, long expectedVersion);
}
