package com.partnerdesk.application.port.in;

/** Shows the partner's profile to any signed-in agent or operator. */
public interface ShowPartnerProfileUseCase {
    PartnerProfileView show(Caller caller);
}
