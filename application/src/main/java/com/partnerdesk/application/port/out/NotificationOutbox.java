package com.partnerdesk.application.port.out;

import com.partnerdesk.application.port.out.VendorOutbox.OutboxState;
import com.partnerdesk.domain.notification.DeliveryChannel;
import com.partnerdesk.domain.notification.Notification;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What must reach an agent, a customer's contact or the partner's webhook, written in the same transaction as the
 * change that caused it: one message per mail recipient, one per webhook call. Messages are claimed, delivered,
 * retried and parked as the vendor outbox's entries are (the same states: {@code PENDING}, {@code DELIVERED},
 * {@code PARKED}).
 */
public interface NotificationOutbox {
    /** Writes the messages; each is pending and due at {@code at}. */
    void enqueue(List<NewMessage> messages, Instant at);

    /**
     * Records that the event named {@code key} was raised (a clock's warning for one case, say); false when it already
     * was, so that a scheduler's round, also after a restart, raises each event once.
     */
    boolean markRaised(String key, Instant at);

    /**
     * Claims up to {@code limit} pending messages of the given channels due at {@code now}, oldest first, until
     * {@code claimedUntil}; a process that has no way out on a channel leaves its messages alone.
     */
    List<Message> claimDue(Set<DeliveryChannel> channels, Instant now, Instant claimedUntil, int limit);

    Optional<Message> find(long id);

    void delivered(long id, Instant at);

    void failed(long id, int attempts, Instant nextAttemptAt, String error);

    void park(long id, int attempts, String error);

    /** A parked message back in line, due at {@code at}, its attempts counted afresh; false when it was not parked. */
    boolean requeue(long id, Instant at);

    /** Messages in one state (or all), newest first. */
    List<Message> list(Optional<OutboxState> state, int offset, int limit);

    int count(Optional<OutboxState> state);

    record NewMessage(DeliveryChannel channel, String recipient, Notification notification) {
    }

    record Message(long id, DeliveryChannel channel, String recipient, Notification notification, int attempts,
                   Instant nextAttemptAt, OutboxState state, String lastError, Instant createdAt,
                   Optional<Instant> deliveredAt) {
    }
}
