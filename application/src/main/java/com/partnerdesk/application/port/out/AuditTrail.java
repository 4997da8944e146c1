package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.audit.ChainedEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The append-only, hash-chained audit trail (see {@link com.partnerdesk.domain.audit.AuditChain}). Every store chains
 * an appended event to the last one in the same transaction.
 */
public interface AuditTrail {
    void append(AuditEvent event);

    /** Events at or after {@code since}, oldest first. */
    List<AuditEvent> since(Optional<Instant> since, int limit);

    /** The events the query's filters all match, newest or oldest first (ties in the order appended), up to its limit. */
    List<AuditEvent> find(AuditQuery query);

    /** Every distinct action the trail holds, in alphabetical order. */
    List<String> actions();

    /** Chained events after sequence number {@code afterSeq} (0 for the first kept), in sequence order. */
    List<ChainedEvent> chained(long afterSeq, int limit);

    /** Chained events at or after {@code since}, in sequence order. */
    List<ChainedEvent> chainedSince(Optional<Instant> since, int limit);

    /** The hash the first kept event follows: the chain's genesis, or the hash of the last event pruned. */
    String anchor();

    /**
     * Removes the events up to and including {@code last} (which must be kept events, oldest first, the caller has
     * archived) and makes {@code last}'s hash the anchor, in the caller's transaction.
     */
    void prune(ChainedEvent last);
}
