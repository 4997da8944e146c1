package com.partnerdesk.application.service;

import com.partnerdesk.application.port.in.AuditUseCase;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.out.AuditTrail;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.audit.AuditEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class AuditService implements AuditUseCase {
    private final Guard guard;
    private final AuditTrail audit;

    public AuditService(Guard guard, AuditTrail audit) {
        this.guard = guard;
        this.audit = audit;
    }

    @Override
    public List<AuditEvent> since(Caller caller, Optional<Instant> since, int limit) {
        return guard.read(() -> {
            guard.require(caller, Action.VIEW_AUDIT, "audit.read");
            return audit.since(since, limit);
        });
    }
}
