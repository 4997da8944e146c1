package com.partnerdesk.application.service;

import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.PartnerProfileView;
import com.partnerdesk.application.port.in.ShowPartnerProfileUseCase;
import com.partnerdesk.application.port.out.PartnerSettings;
import com.partnerdesk.domain.agent.Action;
import java.util.Optional;

public final class ShowPartnerProfileService implements ShowPartnerProfileUseCase {
    private final Guard guard;
    private final PartnerSettings partner;

    public ShowPartnerProfileService(Guard guard, PartnerSettings partner) {
        this.guard = guard;
        this.partner = partner;
    }

    @Override
    public PartnerProfileView show(Caller caller) {
        return guard.read(() -> {
            guard.require(caller, Action.VIEW, "partner.view");
            return view(guard, partner, caller);
        });
    }

    /** The stored profile as {@code caller} sees it; call inside a unit of work. */
    static PartnerProfileView view(Guard guard, PartnerSettings partner, Caller caller) {
        return new PartnerProfileView(partner.profile(), partner.version(),
                guard.allows(caller, Action.MANAGE_AGENTS, Optional.empty()));
    }
}
