package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.notification.Notification;

/**
 * Posts one notification to the partner's webhook. Throws when the receiver did not answer with a 2xx (the call is
 * tried again later); returns once it did. {@code deliveryId} is the same on every attempt of one call.
 */
public interface WebhookSender {
    void send(String deliveryId, Notification notification);
}
