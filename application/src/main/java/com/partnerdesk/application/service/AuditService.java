package com.partnerdesk.application.service;

import com.partnerdesk.application.port.in.AuditSearch;
import com.partnerdesk.application.port.in.AuditUseCase;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.out.AuditQuery;
import com.partnerdesk.application.port.out.AuditTrail;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.customer.TenantId;
import java.time.Instant;
import java.util.ArrayList;
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

    @Override
    public List<AuditEvent> find(Caller caller, AuditSearch search) {
        return guard.read(() -> {
            guard.require(caller, Action.VIEW_AUDIT, "audit.read");
            return audit.find(query(search));
        });
    }

    @Override
    public List<AuditEvent> export(Caller caller, AuditSearch search) {
        return guard.write(() -> {
            guard.require(caller, Action.VIEW_AUDIT, "audit.export");
            List<AuditEvent> events = audit.find(query(search));
            guard.record(caller, "audit.export", search.tenantId(), Optional.empty(),
                    events.size() + " event(s); " + describe(search));
            return events;
        });
    }

    @Override
    public List<String> actions(Caller caller) {
        return guard.read(() -> {
            guard.require(caller, Action.VIEW_AUDIT, "audit.read");
            return audit.actions();
        });
    }

    private static AuditQuery query(AuditSearch s) {
        return new AuditQuery(s.agent(), s.tenantId(), s.caseId(), s.action(), s.outcome(), s.from(), s.until(),
                s.newestFirst(), s.limit());
    }

    /** The filters of an export, as the trail records them. */
    static String describe(AuditSearch s) {
        List<String> filters = new ArrayList<>();
        s.agent().ifPresent(a -> filters.add("agent " + a));
        s.tenantId().map(TenantId::value).ifPresent(t -> filters.add("customer " + t));
        s.caseId().ifPresent(c -> filters.add("case " + c));
        s.action().ifPresent(a -> filters.add("action " + a));
        s.outcome().ifPresent(o -> filters.add("outcome " + o.name()));
        s.from().ifPresent(f -> filters.add("from " + f));
        s.until().ifPresent(u -> filters.add("until " + u));
        return filters.isEmpty() ? "no filter" : "filters: " + String.join(", ", filters);
    }
}
