package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.notification.Notification;

/**
 * Sends one plain-text mail about a notification to one address. Throws when the mail server did not take it (the
 * message is tried again later); returns once it did.
 */
public interface MailSender {
    void send(String deliveryId, Email to, Notification notification);
}
