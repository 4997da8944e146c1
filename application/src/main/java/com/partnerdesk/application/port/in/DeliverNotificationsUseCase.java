package com.partnerdesk.application.port.in;

/**
 * Takes notifications out of the outbox to the mail server and the partner's webhook, and raises the events that time
 * brings (a vendor's or a customer's clock running out) once each.
 */
public interface DeliverNotificationsUseCase {
    /** Sends every message that is due; retries with backoff; parks a message that keeps failing. */
    DeliveryReport deliver(Caller caller);

    /** Raises the time-based events that came due since the last round; returns how many were raised now. */
    int watchClocks(Caller caller);

    record DeliveryReport(int delivered, int retrying, int parked) {
    }
}
