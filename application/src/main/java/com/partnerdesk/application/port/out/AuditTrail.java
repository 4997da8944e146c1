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
}
