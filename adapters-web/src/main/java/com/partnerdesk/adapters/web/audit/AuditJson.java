package com.partnerdesk.adapters.web.audit;

import com.partnerdesk.domain.audit.AuditEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/** An audit event in the API's JSON; pure functions. */
final class AuditJson {
    private AuditJson() {
    }

    static Map<String, Object> of(AuditEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", e.at());
        m.put("actor", e.actor());
        m.put("actorKind", e.actorKind());
        m.put("roles", e.roles().stream().map(Enum::name).sorted().toList());
        m.put("action", e.action());
        m.put("tenantId", e.customer().map(Object::toString).orElse(null));
        m.put("caseId", e.caseId().map(Object::toString).orElse(null));
        m.put("channel", e.channel().name());
        m.put("outcome", e.outcome().name());
        m.put("detail", e.detail());
        return m;
    }
}
