package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.audit.AuditEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The append-only audit trail. */
public interface AuditTrail {
    void append(AuditEvent event);

    /** Events at or after {@code since}, oldest first. */
    List<AuditEvent> since(Optional<Instant> since, int limit);

    /** The events the query's filters all match, newest or oldest first (ties in the order appended), up to its limit. */
    List<AuditEvent> find(AuditQuery query);

    /** Every distinct action the trail holds, in alphabetical order. */
    List<String> actions();
}
