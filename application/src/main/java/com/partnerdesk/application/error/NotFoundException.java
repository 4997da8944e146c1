package com.partnerdesk.application.error;

import com.partnerdesk.domain.audit.AuditEvent;
import java.util.Optional;

/**
 * No such record in this installation (unknown and foreign ids alike, and a restricted customer's records for an agent
 * who is not screened: then it carries the audit event that records the refusal).
 */
public final class NotFoundException extends ApplicationException {
    private final transient AuditEvent denial;

    public NotFoundException(String what, Object id) {
        this(what, id, null);
    }

    public NotFoundException(String what, Object id, AuditEvent denial) {
        super(what + " " + id + " was not found");
        this.denial = denial;
    }

    public Optional<AuditEvent> denial() {
        return Optional.ofNullable(denial);
    }
}
