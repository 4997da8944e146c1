package com.partnerdesk.application.port.in;

/**
 * Replaces the customer clock's targets and business hours (global admin, or an operator on the host), audited, and
 * moves every case's clock to them in the same transaction.
 */
public interface UpdateCustomerClockUseCase {
    CustomerClockView update(UpdateCustomerClockCommand command);
}
