package com.partnerdesk.application.service;

import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.CustomerClockView;
import com.partnerdesk.application.port.in.ShowCustomerClockUseCase;
import com.partnerdesk.application.port.out.PartnerSettings;
import com.partnerdesk.domain.agent.Action;
import java.util.Optional;

public final class ShowCustomerClockService implements ShowCustomerClockUseCase {
    private final Guard guard;
    private final PartnerSettings partner;

    public ShowCustomerClockService(Guard guard, PartnerSettings partner) {
        this.guard = guard;
        this.partner = partner;
    }

    @Override
    public CustomerClockView show(Caller caller) {
        return guard.read(() -> {
            guard.require(caller, Action.VIEW, "customer-clock.view");
            return view(guard, partner, caller);
        });
    }

    /** The stored settings as {@code caller} sees them; call inside a unit of work. */
    static CustomerClockView view(Guard guard, PartnerSettings partner, Caller caller) {
        return new CustomerClockView(partner.customerClock(), partner.customerClockVersion(),
                guard.allows(caller, Action.MANAGE_AGENTS, Optional.empty()));
    }
}
