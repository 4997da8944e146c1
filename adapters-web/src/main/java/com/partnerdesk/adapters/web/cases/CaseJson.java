package com.partnerdesk.adapters.web.cases;

import com.partnerdesk.adapters.web.servicerequests.ServiceRequestJson;
import com.partnerdesk.application.port.in.AgentRef;
import com.partnerdesk.application.port.in.CaseListItem;
import com.partnerdesk.application.port.in.OwnerChangeView;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.domain.cases.CaseNote;
import com.partnerdesk.domain.cases.HealthCheck;
import com.partnerdesk.domain.cases.StatusChange;
import com.partnerdesk.domain.cases.TriageOutcome;
import com.partnerdesk.domain.escalation.ReadinessReport;
import com.partnerdesk.domain.health.HealthIssueId;
import java.util.LinkedHashMap;
import java.util.Map;

/** A case in the API's JSON (SPEC §8), built from the use cases' views; pure functions. */
final class CaseJson {
    private CaseJson() {
    }

    static Map<String, Object> of(CaseView c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id().value());
        m.put("tenantId", c.tenantId());
        m.put("customerName", c.customerName());
        m.put("cloud", c.cloud());
        m.put("region", c.region());
        m.put("service", c.service());
        m.put("productFamily", c.productFamily().name());
        m.put("status", c.status().name());
        m.put("impact", c.impact().name());
        m.put("version", c.version());
        m.put("title", c.title());
        m.put("description", c.description());
        m.put("startedAt", c.startedAt());
        m.put("usersAffected", c.usersAffected().name());
        m.put("classification", c.classification().name());
        m.put("attentionNeeded", c.attentionNeeded());
        m.put("openedAt", c.openedAt());
        m.put("openedBy", c.openedBy());
        m.put("updatedAt", c.updatedAt());
        m.put("owner", c.owner().map(CaseJson::agentJson).orElse(null));
        m.put("triage", c.triage().map(CaseJson::triageJson).orElse(null));
        m.put("healthCheck", c.healthCheck().map(CaseJson::healthCheckJson).orElse(null));
        m.put("clusterId", c.clusterId().map(Object::toString).orElse(null));
        m.put("serviceRequestId", c.serviceRequestId().map(Object::toString).orElse(null));
        m.put("serviceRequest", c.serviceRequest().map(ServiceRequestJson::of).orElse(null));
        m.put("resolution", c.resolution().orElse(null));
        m.put("notes", c.notes().stream().map(CaseJson::noteJson).toList());
        m.put("history", c.history().stream().map(CaseJson::historyJson).toList());
        m.put("ownerChanges", c.ownerChanges().stream().map(CaseJson::ownerChangeJson).toList());
        return m;
    }

    static Map<String, Object> agentJson(AgentRef a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("email", a.email());
        m.put("name", a.name());
        return m;
    }

    static Map<String, Object> ownerChangeJson(OwnerChangeView o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", o.from().map(CaseJson::agentJson).orElse(null));
        m.put("to", o.to().map(CaseJson::agentJson).orElse(null));
        m.put("by", o.by());
        m.put("at", o.at());
        m.put("why", o.why());
        return m;
    }

    static Map<String, Object> triageJson(TriageOutcome t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outcome", t.result().name());
        m.put("category", t.category().map(Enum::name).orElse(null));
        m.put("reasons", t.reasons());
        m.put("matchedIssueIds", t.matchedIssueIds().stream().map(HealthIssueId::value).toList());
        m.put("clusterId", t.clusterId().map(Object::toString).orElse(null));
        m.put("overrideReason", t.overrideReason().orElse(null));
        return m;
    }

    static Map<String, Object> healthCheckJson(HealthCheck h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("checkedAt", h.checkedAt());
        m.put("activeIssueIds", h.activeIssueIds().stream().map(HealthIssueId::value).toList());
        return m;
    }

    static Map<String, Object> noteJson(CaseNote n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", n.kind().name());
        m.put("author", n.author());
        m.put("text", n.text());
        m.put("at", n.at());
        return m;
    }

    static Map<String, Object> historyJson(StatusChange s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", s.from().name());
        m.put("to", s.to().name());
        m.put("by", s.by());
        m.put("at", s.at());
        m.put("why", s.why());
        return m;
    }

    static Map<String, Object> listItem(CaseListItem s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id().value());
        m.put("tenantId", s.tenantId().value());
        m.put("customerName", s.customerName());
        m.put("service", s.service());
        m.put("title", s.title());
        m.put("status", s.status().name());
        m.put("impact", s.impact().name());
        m.put("outcome", s.outcome().map(Enum::name).orElse(null));
        m.put("category", s.category().map(Enum::name).orElse(null));
        m.put("clusterId", s.clusterId().map(Object::toString).orElse(null));
        m.put("serviceRequestId", s.serviceRequestId().map(Object::toString).orElse(null));
        m.put("attentionNeeded", s.attentionNeeded());
        m.put("startedAt", s.startedAt());
        m.put("openedAt", s.openedAt());
        m.put("updatedAt", s.updatedAt());
        m.put("owner", s.owner().map(CaseJson::agentJson).orElse(null));
        m.put("version", s.version());
        return m;
    }

    static Map<String, Object> readiness(ReadinessReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ready", report.ready());
        m.put("checks", report.results().stream().map(r -> {
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("check", r.check().code());
            check.put("label", r.check().label());
            check.put("passed", r.passed());
            check.put("message", r.message());
            return check;
        }).toList());
        return m;
    }
}
