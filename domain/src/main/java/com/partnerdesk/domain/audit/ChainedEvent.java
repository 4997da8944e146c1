package com.partnerdesk.domain.audit;

import com.partnerdesk.domain.common.Require;

/**
 * An audit event as the trail keeps it: its place in the trail ({@code seq}, counting from 1 and never reused), the
 * hash of the event before it and its own hash over both (see {@link AuditChain}).
 */
public record ChainedEvent(long seq, AuditEvent event, String prevHash, String hash) {
    public ChainedEvent {
        if (seq < 1) {
            throw new com.partnerdesk.domain.common.InvalidValueException("seq", "must be at least 1, was " + seq);
        }
        Require.present("event", event);
        Require.present("prevHash", prevHash);
        Require.present("hash", hash);
    }

    /** The event appended after {@code previous} (whose hash is {@code prevHash}) at {@code seq}, hashed. */
    public static ChainedEvent append(long seq, AuditEvent event, String prevHash) {
        return new ChainedEvent(seq, event, prevHash, AuditChain.hash(prevHash, seq, event));
    }
}
