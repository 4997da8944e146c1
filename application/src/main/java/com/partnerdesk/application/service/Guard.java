package com.partnerdesk.application.service;

import com.partnerdesk.application.error.AccessDeniedException;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.out.AuditTrail;
import com.partnerdesk.application.port.out.UnitOfWork;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.agent.Permission;
import com.partnerdesk.domain.agent.PermissionPolicy;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.catalogue.ProductFamily;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one place where use cases ask the permission policy, open transactions and write the audit trail.
 * A denial aborts the transaction and is then recorded in a transaction of its own, so it is never lost.
 */
public final class Guard {
    private final PermissionPolicy policy;
    private final AuditTrail audit;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public Guard(PermissionPolicy policy, AuditTrail audit, UnitOfWork unitOfWork, Clock clock) {
        this.policy = policy;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public void require(Caller caller, Action action, String auditAction) {
        require(caller, action, Optional.empty(), Optional.empty(), Optional.empty(), auditAction);
    }

    public void require(Caller caller, Action action, Optional<ProductFamily> family, Optional<TenantId> customer,
                        Optional<CaseId> caseId, String auditAction) {
        Permission permission = policy.decide(caller.actor(), action, family);
        if (!permission.allowed()) {
            AuditEvent denial = AuditEvent.of(caller.actor(), auditAction, customer, caseId, caller.channel(),
                    AuditOutcome.DENIED, permission.reason(), now());
            throw new AccessDeniedException(permission.reason(), denial);
        }
    }

    /**
     * Asks the policy outside any transaction, for a use case that may answer without opening one: a denial is
     * recorded in a transaction of its own and thrown.
     */
    public void check(Caller caller, Action action, Optional<ProductFamily> family, Optional<TenantId> customer,
                      Optional<CaseId> caseId, String auditAction) {
        try {
            require(caller, action, family, customer, caseId, auditAction);
        } catch (AccessDeniedException denied) {
            denied.denial().ifPresent(event -> unitOfWork.writeVoid(() -> audit.append(event)));
            throw denied;
        }
    }

    public boolean allows(Caller caller, Action action, Optional<ProductFamily> family) {
        return allows(caller.actor(), action, family);
    }

    /** Whether the table allows {@code actor} the action: for an agent other than the caller (who may own a case). */
    public boolean allows(Actor actor, Action action, Optional<ProductFamily> family) {
        return policy.decide(actor, action, family).allowed();
    }

    /** Records an allowed action; call inside the transaction that does it. */
    public void record(Caller caller, String auditAction, Optional<TenantId> customer, Optional<CaseId> caseId,
                       String detail) {
        audit.append(AuditEvent.of(caller.actor(), auditAction, customer, caseId, caller.channel(),
                AuditOutcome.ALLOWED, detail, now()));
    }

    /** Records a refusal in its own transaction (the refused work has been rolled back). */
    public void recordRefusal(Caller caller, String auditAction, Optional<TenantId> customer, Optional<CaseId> caseId,
                              String detail) {
        AuditEvent event = AuditEvent.of(caller.actor(), auditAction, customer, caseId, caller.channel(),
                AuditOutcome.DENIED, detail, now());
        unitOfWork.writeVoid(() -> audit.append(event));
    }

    public <T> T write(Supplier<T> work) {
        try {
            return unitOfWork.write(work);
        } catch (AccessDeniedException denied) {
            denied.denial().ifPresent(event -> unitOfWork.writeVoid(() -> audit.append(event)));
            throw denied;
        }
    }

    public <T> T read(Supplier<T> work) {
        try {
            return unitOfWork.read(work);
        } catch (AccessDeniedException denied) {
            denied.denial().ifPresent(event -> unitOfWork.writeVoid(() -> audit.append(event)));
            throw denied;
        }
    }
}
