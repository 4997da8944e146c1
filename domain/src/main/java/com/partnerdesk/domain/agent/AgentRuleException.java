package com.partnerdesk.domain.agent;

import com.partnerdesk.domain.common.DomainException;

/** A change to the agents that would lock the desk out or hurt the one making it (disabling oneself, the last admin). */
public final class AgentRuleException extends DomainException {
    public AgentRuleException(String message) {
        super(message);
    }
}
