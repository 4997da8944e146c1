package com.partnerdesk.application.service;

import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.port.in.AgentRef;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.CaseList;
import com.partnerdesk.application.port.in.CaseListItem;
import com.partnerdesk.application.port.in.CaseSearch;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.FindCasesUseCase;
import com.partnerdesk.application.port.out.CasePage;
import com.partnerdesk.application.port.out.CaseQuery;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.application.port.out.CaseSummary;
import com.partnerdesk.application.port.out.DataVersions;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Finding cases. The view of a case is kept in memory while nothing at all has been stored since it was read
 * ({@link DataVersions#anyChange()}), so reading a case again costs one small statement; a view whose vendor clock
 * is running is always read afresh, and one whose customer clock has reached a warning or a breach since it was
 * read is read again. The permission check runs on every call, the view is the same for every caller.
 */
public final class FindCasesService implements FindCasesUseCase {
    static final int CACHED_VIEWS = 4_096;

    private final Guard guard;
    private final CaseSupport support;
    private final CaseRepository cases;
    private final DataVersions versions;
    private final Clock clock;
    private final VersionedCache<CaseId, CaseView> views = new VersionedCache<>(CACHED_VIEWS);

    public FindCasesService(Guard guard, CaseSupport support, CaseRepository cases, DataVersions versions,
                            Clock clock) {
        this.guard = guard;
        this.clock = clock;
        this.support = support;
        this.cases = cases;
        this.versions = versions;
    }

    @Override
    public CaseView get(Caller caller, CaseId id) {
        guard.check(caller, Action.VIEW, Optional.empty(), Optional.empty(), Optional.of(id), "case.view");
        long version = versions.anyChange();
        CaseView view = views.get(id, version);
        if (view == null || !view.currentAt(clock.instant())) {
            view = guard.read(() -> support.view(support.loadCase(id)));
            if (!view.changesWithTime()) {
                views.put(id, version, view);
            }
        }
        // asked on every read, a view kept in memory included: a restricted customer's case does not exist for an
        // agent who is not screened
        guard.check(caller, Action.VIEW, Optional.empty(), Optional.of(TenantId.of(view.tenantId())), Optional.of(id),
                "case.view");
        return view;
    }

    @Override
    public CaseList search(Caller caller, CaseSearch search) {
        return guard.read(() -> {
            guard.require(caller, Action.VIEW, "case.list");
            Optional<AgentId> ownedBy = search.owner().flatMap(owner -> {
                if (owner instanceof CaseSearch.Owner.Agent agent) {
                    return Optional.of(support.agentByEmail("owner", agent.email()).id());
                }
                if (owner instanceof CaseSearch.Owner.Me) {
                    return Optional.of(CaseOwners.agentId(caller.actor()).orElseThrow(
                            () -> InvalidInputException.of("owner", "the ops operator owns no case: name an agent")));
                }
                return Optional.empty();
            });
            boolean unowned = search.owner().map(o -> o instanceof CaseSearch.Owner.Nobody).orElse(false);
            Instant now = clock.instant();
            CaseQuery query = new CaseQuery(search.status(), search.tenantId(), search.service(), search.impact(),
                    search.attentionOnly(), search.text(), search.serviceRequest(), ownedBy, unowned, search.sort(),
                    search.offset(), search.limit(), java.util.Set.of());
            CasePage page = cases.search(guard.scope(caller).applyTo(search.clockAtRisk() ? query.clockAtRiskAt(now)
                    : query));
            return list(page, support, now);
        });
    }

    /** The lines of a page, each owner named (looked up once per page). */
    static CaseList list(CasePage page, CaseSupport support, Instant now) {
        var owners = support.agentRefs();
        return new CaseList(page.items().stream().map(s -> item(s, owners.apply(s.owner()), now)).toList(), page.total(),
                page.offset(), page.limit(), page.totalExact());
    }

    private static CaseListItem item(CaseSummary s, Optional<AgentRef> owner, Instant now) {
        return new CaseListItem(s.id(), s.tenantId(), s.customerName(), s.service(), s.title(), s.status(), s.impact(),
                s.outcome(), s.category(), s.clusterId(), s.serviceRequestId(), s.attentionNeeded(), s.startedAt(),
                s.openedAt(), s.updatedAt(), s.version(), owner, s.clock(), s.clock().state(now));
    }
}
