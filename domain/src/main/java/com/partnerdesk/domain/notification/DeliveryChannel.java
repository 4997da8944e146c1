package com.partnerdesk.domain.notification;

/** How a notification leaves the desk: a mail to one address, or one call to the partner's webhook. */
public enum DeliveryChannel {
    MAIL, WEBHOOK
}
