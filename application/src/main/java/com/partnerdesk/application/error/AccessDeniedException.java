package com.partnerdesk.application.error;

import com.partnerdesk.domain.audit.AuditEvent;
import java.util.Optional;

/** The actor's roles do not allow the action; carries the audit event that records the denial. */
public final class AccessDeniedException extends ApplicationException {
    private final transient AuditEvent denial;

    public AccessDeniedException(String message, AuditEvent denial) {
        super(message);
        this.denial = denial;
    }

    public Optional<AuditEvent> denial() {
        return Optional.ofNullable(denial);
    }
}
