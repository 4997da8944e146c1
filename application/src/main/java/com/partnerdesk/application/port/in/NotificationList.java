package com.partnerdesk.application.port.in;

import java.util.List;

/** One page of the notification outbox, newest first, with the total of the state asked for and the parked count. */
public record NotificationList(List<NotificationView> items, int total, int offset, int limit, int parked) {
}
