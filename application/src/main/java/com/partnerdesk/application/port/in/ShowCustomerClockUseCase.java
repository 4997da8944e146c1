package com.partnerdesk.application.port.in;

/** The customer clock's targets and business hours (any agent may read them). */
public interface ShowCustomerClockUseCase {
    CustomerClockView show(Caller caller);
}
