package com.partnerdesk.domain.agent;

import com.partnerdesk.domain.common.DomainIds;
import java.util.UUID;

/** The desk's id of an agent. */
public record AgentId(String value) {
    public AgentId {
        value = DomainIds.guid("agentId", value);
    }

    public static AgentId of(String value) {
        return new AgentId(value);
    }

    public static AgentId random() {
        return new AgentId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
