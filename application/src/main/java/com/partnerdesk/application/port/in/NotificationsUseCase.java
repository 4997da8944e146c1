package com.partnerdesk.application.port.in;

import java.util.Optional;

/** The notification outbox as the admin sees it: what waits, what went, what was parked; a parked message retried. */
public interface NotificationsUseCase {
    NotificationList list(Caller caller, NotificationQuery query);

    /** Puts a parked message back in line, due at once. */
    NotificationView retry(Caller caller, long id);

    /** {@code state}: {@code PENDING}, {@code DELIVERED} or {@code PARKED}; empty for all. */
    record NotificationQuery(Optional<String> state, int offset, int limit) {
        public static final int MAX_LIMIT = 200;
    }
}
