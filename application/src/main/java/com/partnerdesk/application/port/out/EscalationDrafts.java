package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.escalation.EscalationDraft;
import com.partnerdesk.domain.ids.CaseId;
import java.time.Instant;
import java.util.Optional;

/** The escalation an agent is writing for a case, kept until it is filed or discarded: one draft per case and agent. */
public interface EscalationDrafts {
    Optional<EscalationDraft> find(CaseId caseId, AgentId agentId);

    /** Keeps the draft, replacing the agent's earlier one for the case. */
    void save(CaseId caseId, AgentId agentId, EscalationDraft draft, Instant savedAt);

    void discard(CaseId caseId, AgentId agentId);
}
