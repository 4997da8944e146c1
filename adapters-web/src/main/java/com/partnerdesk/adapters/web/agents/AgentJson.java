package com.partnerdesk.adapters.web.agents;

import com.partnerdesk.domain.agent.Agent;
import java.util.LinkedHashMap;
import java.util.Map;

/** An agent in the API's JSON; pure functions. */
final class AgentJson {
    private AgentJson() {
    }

    static Map<String, Object> of(Agent a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id().value());
        m.put("email", a.email().value());
        m.put("name", a.name());
        m.put("roles", a.roles().stream().map(Enum::name).sorted().toList());
        m.put("disabled", a.disabled());
        m.put("screened", a.screened());
        return m;
    }
}
