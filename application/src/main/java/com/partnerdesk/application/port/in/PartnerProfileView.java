package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.common.Require;
import com.partnerdesk.domain.partner.PartnerProfile;

/**
 * The partner's profile as a caller sees it: the profile, its version (the API's ETag, the form's hidden field;
 * 0 until first saved) and whether this caller may change it.
 */
public record PartnerProfileView(PartnerProfile profile, long version, boolean mayEdit) {
    public PartnerProfileView {
        Require.present("profile", profile);
    }

    /** The same view at another version: a form refused for its values keeps the version it was read at. */
    public PartnerProfileView withVersion(long otherVersion) {
        return new PartnerProfileView(profile, otherVersion, mayEdit);
    }
}
