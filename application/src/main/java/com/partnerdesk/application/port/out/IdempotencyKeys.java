package com.partnerdesk.application.port.out;

import java.util.Optional;

/**
 * Remembers what a creating request produced under its Idempotency-Key, written in the same
 * transaction as the record it protects.
 */
public interface IdempotencyKeys {
    /**
     * The scope of an action's keys for one caller: keys are never shared between agents, so one agent's key can
     * neither replay nor block another's request.
     */
    static String scope(String action, com.partnerdesk.domain.agent.Actor actor) {
        return action + ":" + (actor instanceof com.partnerdesk.domain.agent.Actor.AgentActor agent
                ? "agent:" + agent.agentId().value() : "operator:" + actor.name());
    }

    Optional<StoredResult> find(String scope, String key);

    void remember(String scope, String key, String requestFingerprint, String resultId);

    record StoredResult(String requestFingerprint, String resultId) {
    }
}
