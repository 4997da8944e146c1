package com.partnerdesk.application.service;

import com.partnerdesk.application.error.AccessDeniedException;
import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.out.AuditTrail;
import com.partnerdesk.application.port.out.CustomerRepository;
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
 *
 * <p>It is also the one place that decides who sees restricted customers (GCC High and DoD by default, ADR 0014): a
 * caller who is not screened is told a restricted customer's record does not exist ({@link NotFoundException}, the
 * refusal audited) whenever a use case names the customer it acts on, and every list, search, count and report is
 * narrowed by the caller's {@link #scope}.
 */
public final class Guard {
    private final PermissionPolicy policy;
    private final AuditTrail audit;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final CustomerRepository customers;

    public Guard(PermissionPolicy policy, AuditTrail audit, UnitOfWork unitOfWork, Clock clock,
                 CustomerRepository customers) {
        this.policy = policy;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.customers = customers;
    }

    public Instant now() {
        return clock.instant();
    }

    public void require(Caller caller, Action action, String auditAction) {
        require(caller, action, Optional.empty(), Optional.empty(), Optional.empty(), auditAction);
    }

    public void require(Caller caller, Action action, Optional<ProductFamily> family, Optional<TenantId> customer,
                        Optional<CaseId> caseId, String auditAction) {
        // first: a record the caller may not see does not exist, whatever the caller's roles would allow on it
        customer.ifPresent(c -> requireVisible(caller, c, caseId, caseId.isPresent() ? "Case" : "Customer",
                caseId.map(CaseId::value).orElse(c.value()), auditAction));
        Permission permission = policy.decide(caller.actor(), action, family);
        if (!permission.allowed()) {
            AuditEvent denial = AuditEvent.of(caller.actor(), auditAction, customer, caseId, caller.channel(),
                    AuditOutcome.DENIED, permission.reason(), now());
            throw new AccessDeniedException(permission.reason(), denial);
        }
    }

    /**
     * A restricted customer's records do not exist for a caller who is not screened: a 404 like any unknown id, the
     * refusal audited (without the customer's name).
     */
    public void requireVisible(Caller caller, TenantId customer, Optional<CaseId> caseId, String what, Object id,
                               String auditAction) {
        if (caller.actor().screened()) {
            return;
        }
        if (customers.find(customer).map(c -> c.visibleTo(caller.actor())).orElse(true)) {
            return;
        }
        AuditEvent denial = AuditEvent.of(caller.actor(), auditAction, Optional.of(customer), caseId, caller.channel(),
                AuditOutcome.DENIED, "restricted customer; the agent is not screened", now());
        throw new NotFoundException(what, id, denial);
    }

    /** What the caller may see: the restricted customers hidden from a caller who is not screened. */
    public CallerScope scope(Caller caller) {
        return caller.actor().screened() ? CallerScope.EVERYTHING : new CallerScope(customers.restrictedIds());
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
        } catch (NotFoundException hidden) {
            hidden.denial().ifPresent(event -> unitOfWork.writeVoid(() -> audit.append(event)));
            throw hidden;
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
        } catch (NotFoundException hidden) {
            hidden.denial().ifPresent(event -> unitOfWork.writeVoid(() -> audit.append(event)));
            throw hidden;
        }
    }

    public <T> T read(Supplier<T> work) {
        try {
            return unitOfWork.read(work);
        } catch (AccessDeniedException denied) {
            denied.denial().ifPresent(event -> unitOfWork.writeVoid(() -> audit.append(event)));
            throw denied;
        } catch (NotFoundException hidden) {
            hidden.denial().ifPresent(event -> unitOfWork.writeVoid(() -> audit.append(event)));
            throw hidden;
        }
    }
}
