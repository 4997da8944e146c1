package com.partnerdesk.domain.audit;

import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;

/**
 * The one JSON lines shape of a chained audit event, for {@code audit export --format jsonl} (a SIEM) and for the
 * retention archive: one object a line, fields in a fixed order, every field present (null when absent).
 * {@code audit verify --file} reads the same shape back.
 */
public final class AuditJsonLines {
    private AuditJsonLines() {
    }

    /** One event as one line of JSON, without the line break. */
    public static String line(ChainedEvent chained) {
        var e = chained.event();
        StringBuilder json = new StringBuilder(320).append('{');
        json.append("\"seq\":").append(chained.seq());
        string(json, "at", e.at().toString());
        string(json, "actor", e.actor());
        string(json, "actorKind", e.actorKind());
        json.append(",\"roles\":[");
        String separator = "";
        for (Role role : e.roles().stream().sorted().toList()) {
            json.append(separator);
            quote(json, role.name());
            separator = ",";
        }
        json.append(']');
        string(json, "action", e.action());
        string(json, "customer", e.customer().map(TenantId::value).orElse(null));
        string(json, "caseId", e.caseId().map(CaseId::value).orElse(null));
        string(json, "channel", e.channel().name());
        string(json, "outcome", e.outcome().name());
        string(json, "detail", e.detail());
        string(json, "prevHash", chained.prevHash());
        string(json, "hash", chained.hash());
        return json.append('}').toString();
    }

    private static void string(StringBuilder json, String name, String value) {
        json.append(",\"").append(name).append("\":");
        if (value == null) {
            json.append("null");
        } else {
            quote(json, value);
        }
    }

    private static void quote(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
