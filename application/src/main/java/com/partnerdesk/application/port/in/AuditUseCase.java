package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.audit.AuditEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads the audit trail (global admins, admin agents and the operator). */
public interface AuditUseCase {
    List<AuditEvent> since(Caller caller, Optional<Instant> since, int limit);
}
