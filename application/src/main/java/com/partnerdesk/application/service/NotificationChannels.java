package com.partnerdesk.application.service;

/**
 * Which ways out the installation has: mail (an SMTP server is set) and the partner's webhook (its URL is set). A
 * notification is written to the outbox only for a channel that is on, so nothing piles up for a channel that is not.
 */
public record NotificationChannels(boolean mail, boolean webhook) {
    public static final NotificationChannels NONE = new NotificationChannels(false, false);
    public static final NotificationChannels BOTH = new NotificationChannels(true, true);
}
