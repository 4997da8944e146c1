package com.partnerdesk.application.service;

import com.partnerdesk.application.port.in.AuditSearch;
import com.partnerdesk.application.port.in.AuditUseCase;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.out.AuditArchive;
import com.partnerdesk.application.port.out.AuditQuery;
import com.partnerdesk.application.port.out.AuditTrail;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.audit.AuditChain;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.audit.ChainedEvent;
import java.time.Duration;
import com.partnerdesk.domain.customer.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads, verifies and keeps the hash-chained audit trail (NIST 800-53 AU-9, AU-11; ADR 0014). */
public final class AuditService implements AuditUseCase {
    /** Events read per page while walking or pruning the chain. */
    static final int PAGE = 5_000;
    /** The most events one retention run archives and prunes; a later run takes the rest. */
    static final int MAX_PRUNED_PER_RUN = 1_000_000;

    private final Guard guard;
    private final AuditTrail audit;
    private final AuditArchive archive;
    private final Duration retention;

    public AuditService(Guard guard, AuditTrail audit, AuditArchive archive, Duration retention) {
        if (retention == null || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the audit retention must be a positive duration, was " + retention);
        }
        this.guard = guard;
        this.audit = audit;
        this.archive = archive;
        this.retention = retention;
    }

    @Override
    public List<AuditEvent> since(Caller caller, Optional<Instant> since, int limit) {
        return guard.read(() -> {
            guard.require(caller, Action.VIEW_AUDIT, "audit.read");
            return visible(guard.scope(caller), audit.since(since, limit), e -> e);
        });
    }

    @Override
    public List<ChainedEvent> chainedSince(Caller caller, Optional<Instant> since, int limit) {
        return guard.read(() -> {
            guard.require(caller, Action.VIEW_AUDIT, "audit.read");
            return visible(guard.scope(caller), audit.chainedSince(since, limit), ChainedEvent::event);
        });
    }

    /** The events the caller may see: those about a customer hidden from the caller are left out. */
    private static <T> List<T> visible(CallerScope scope, List<T> events, java.util.function.Function<T, AuditEvent> event) {
        return events.stream().filter(e -> event.apply(e).customer().map(scope::sees).orElse(true)).toList();
    }

    @Override
    public ChainReport verify(Caller caller) {
        return guard.read(() -> {
            guard.require(caller, Action.VIEW_AUDIT, "audit.verify");
            String anchor = audit.anchor();
            AuditChain.Walk walk = new AuditChain.Walk(anchor);
            long first = 0;
            long last = 0;
            long after = 0;
            List<ChainedEvent> page;
            do {
                page = audit.chained(after, PAGE);
                for (ChainedEvent e : page) {
                    first = first == 0 ? e.seq() : first;
                    last = e.seq();
                    if (!walk.next(e)) {
                        return new ChainReport(walk.checked(), first, last, anchor, walk.mismatch());
                    }
                }
                after = page.isEmpty() ? after : page.get(page.size() - 1).seq();
            } while (page.size() == PAGE);
            return new ChainReport(walk.checked(), first, last, anchor, Optional.empty());
        });
    }

    @Override
    public ChainReport verify(Caller caller, List<ChainedEvent> exported) {
        guard.check(caller, Action.VIEW_AUDIT, Optional.empty(), Optional.empty(), Optional.empty(), "audit.verify");
        if (exported.isEmpty()) {
            return new ChainReport(0, 0, 0, AuditChain.GENESIS, Optional.empty());
        }
        String anchor = exported.get(0).prevHash();
        AuditChain.Walk walk = new AuditChain.Walk(anchor);
        for (ChainedEvent e : exported) {
            if (!walk.next(e)) {
                return new ChainReport(walk.checked(), exported.get(0).seq(), e.seq(), anchor, walk.mismatch());
            }
        }
        return new ChainReport(walk.checked(), exported.get(0).seq(), exported.get(exported.size() - 1).seq(), anchor,
                Optional.empty());
    }

    @Override
    public RetentionReport applyRetention(Caller caller) {
        Instant cutoff = guard.now().minus(retention);
        return guard.write(() -> {
            guard.require(caller, Action.VIEW_AUDIT, "audit.retention");
            List<ChainedEvent> old = new ArrayList<>();
            long after = 0;
            boolean more = true;
            while (more && old.size() < MAX_PRUNED_PER_RUN) {
                List<ChainedEvent> page = audit.chained(after, PAGE);
                for (ChainedEvent e : page) {
                    if (!e.event().at().isBefore(cutoff) || old.size() >= MAX_PRUNED_PER_RUN) {
                        more = false;
                        break;
                    }
                    old.add(e);
                }
                more = more && page.size() == PAGE;
                after = page.isEmpty() ? after : page.get(page.size() - 1).seq();
            }
            if (old.isEmpty()) {
                return new RetentionReport(cutoff, 0, Optional.empty());
            }
            String where = archive.store(old);
            ChainedEvent last = old.get(old.size() - 1);
            audit.prune(last);
            guard.record(caller, "audit.retention", Optional.empty(), Optional.empty(), "archived and pruned "
                    + old.size() + " events (" + old.get(0).seq() + " to " + last.seq() + ") older than " + cutoff
                    + " to " + where);
            return new RetentionReport(cutoff, old.size(), Optional.of(where));
        });
    }

    @Override
    public List<AuditEvent> find(Caller caller, AuditSearch search) {
        return guard.read(() -> {
            guard.require(caller, Action.VIEW_AUDIT, "audit.read");
            return visible(guard.scope(caller), audit.find(query(search)), e -> e);
        });
    }

    @Override
    public List<AuditEvent> export(Caller caller, AuditSearch search) {
        return guard.write(() -> {
            guard.require(caller, Action.VIEW_AUDIT, "audit.export");
            List<AuditEvent> events = visible(guard.scope(caller), audit.find(query(search)), e -> e);
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
