package com.partnerdesk.application.port.in;

/** Replaces the partner's profile (the global admin's, or an operator's): audited, refused on a stale version. */
public interface UpdatePartnerProfileUseCase {
    PartnerProfileView update(UpdatePartnerProfileCommand command);
}
