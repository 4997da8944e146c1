package com.partnerdesk.application.service;

import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.EscalationDraftsUseCase;
import com.partnerdesk.application.port.out.EscalationDrafts;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.escalation.EscalationDraft;
import com.partnerdesk.domain.ids.CaseId;
import java.util.Optional;

/**
 * Drafts belong to an agent: only an agent who may see the case keeps one, and only their own is ever read. The ops
 * operator (no agent) keeps none. A draft is not audited: it changes nothing until it is filed.
 */
public final class EscalationDraftsService implements EscalationDraftsUseCase {
    private final Guard guard;
    private final CaseSupport support;
    private final EscalationDrafts drafts;

    public EscalationDraftsService(Guard guard, CaseSupport support, EscalationDrafts drafts) {
        this.guard = guard;
        this.support = support;
        this.drafts = drafts;
    }

    @Override
    public Optional<EscalationDraft> find(Caller caller, CaseId caseId) {
        if (!(caller.actor() instanceof Actor.AgentActor agent)) {
            return Optional.empty();
        }
        return guard.read(() -> {
            guard.require(caller, Action.VIEW, Optional.empty(), Optional.empty(), Optional.of(caseId), "case.view");
            return drafts.find(caseId, agent.agentId());
        });
    }

    @Override
    public void keep(Caller caller, CaseId caseId, EscalationDraft draft) {
        if (!(caller.actor() instanceof Actor.AgentActor agent)) {
            return;
        }
        guard.write(() -> {
            guard.require(caller, Action.VIEW, Optional.empty(), Optional.empty(), Optional.of(caseId), "case.view");
            support.loadCase(caseId);
            drafts.save(caseId, agent.agentId(), draft, guard.now());
            return null;
        });
    }

    @Override
    public void discard(Caller caller, CaseId caseId) {
        if (!(caller.actor() instanceof Actor.AgentActor agent)) {
            return;
        }
        guard.write(() -> {
            drafts.discard(caseId, agent.agentId());
            return null;
        });
    }
}
