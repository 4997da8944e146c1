package com.partnerdesk.adapters.web;

import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.ServiceRequestView;
import com.partnerdesk.application.port.out.CaseSummary;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.cases.CaseNote;
import com.partnerdesk.domain.cases.HealthCheck;
import com.partnerdesk.domain.cases.StatusChange;
import com.partnerdesk.domain.cases.TriageOutcome;
import com.partnerdesk.domain.catalogue.SupportTopic;
import com.partnerdesk.domain.catalogue.VendorService;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.partner.Contact;
import com.partnerdesk.domain.servicerequest.ServiceRequestNote;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The API's JSON shapes (SPEC §8), built from the use cases' views; pure functions, no state. */
final class JsonViews {
    private JsonViews() {
    }

    static Map<String, Object> caseJson(CaseView c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id().value());
        m.put("customerTenantId", c.customerTenantId());
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
        m.put("triage", c.triage().map(JsonViews::triageJson).orElse(null));
        m.put("healthCheck", c.healthCheck().map(JsonViews::healthCheckJson).orElse(null));
        m.put("clusterId", c.clusterId().map(Object::toString).orElse(null));
        m.put("serviceRequestId", c.serviceRequestId().map(Object::toString).orElse(null));
        m.put("serviceRequest", c.serviceRequest().map(JsonViews::serviceRequestJson).orElse(null));
        m.put("resolution", c.resolution().orElse(null));
        m.put("notes", c.notes().stream().map(JsonViews::noteJson).toList());
        m.put("history", c.history().stream().map(JsonViews::historyJson).toList());
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

    static Map<String, Object> caseSummaryJson(CaseSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id().value());
        m.put("customerTenantId", s.customer().value());
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
        m.put("version", s.version());
        return m;
    }

    static Map<String, Object> serviceRequestJson(ServiceRequestView r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id().value());
        m.put("customerTenantId", r.customerTenantId());
        m.put("title", r.title());
        m.put("description", r.description());
        m.put("severity", r.severity().vendorName());
        m.put("status", r.status().vendorName());
        m.put("supportTopicId", r.supportTopicId());
        m.put("supportTopicName", r.supportTopicName());
        m.put("productFamily", r.productFamily());
        m.put("productName", r.productName());
        m.put("countryCode", r.countryCode());
        m.put("primaryContact", contactJson(r.primaryContact()));
        m.put("organization", r.organization());
        m.put("notes", r.notes().stream().map(JsonViews::requestNoteJson).toList());
        m.put("createdDate", r.createdDate());
        m.put("lastModifiedDate", r.lastModifiedDate());
        m.put("lastClosedDate", r.lastClosedDate().orElse(null));
        m.put("caseIds", r.caseIds().stream().map(Object::toString).toList());
        m.put("clusterId", r.clusterId().map(Object::toString).orElse(null));
        m.put("vendorRequestNumber", r.vendorRequestNumber().orElse(null));
        m.put("submittedAt", r.submittedAt().orElse(null));
        m.put("responseTarget", r.responseTarget());
        m.put("responseDueAt", r.responseDueAt().orElse(null));
        m.put("responseTimeLeft", r.responseTimeLeft().orElse(null));
        m.put("breached", r.responseTargetBreached());
        m.put("deliveryState", r.deliveryState().orElse(null));
        m.put("deliveryAttempts", r.deliveryAttempts());
        m.put("deliveryError", r.deliveryError().orElse(null));
        m.put("awaitingVendorNumber", r.awaitingVendorNumber());
        m.put("partnerUpdatesWaiting", r.partnerUpdatesWaiting());
        m.put("partnerUpdatesParked", r.partnerUpdatesParked());
        m.put("filingLink", r.filingLink().orElse(null));
        m.put("filingSteps", r.filingSteps());
        m.put("version", r.version());
        return m;
    }

    static Map<String, Object> contactJson(Contact c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("email", c.email().value());
        m.put("phone", c.phone());
        return m;
    }

    static Map<String, Object> requestNoteJson(ServiceRequestNote n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("author", n.author());
        m.put("text", n.text());
        m.put("createdDate", n.createdAt());
        m.put("fromVendor", n.fromVendor());
        return m;
    }

    static Map<String, Object> customerJson(Customer c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tenantId", c.tenantId().value());
        m.put("name", c.name());
        m.put("domain", c.domain());
        m.put("cloud", c.cloud().name());
        m.put("region", c.region().value());
        m.put("relationship", c.relationship().name());
        m.put("supportRights", c.supportRights());
        m.put("supportPlan", c.supportPlan().name());
        m.put("resellerType", c.resellerType().name());
        m.put("country", c.country().value());
        m.put("restricted", c.restricted());
        m.put("managedServices", c.managedServices().stream().map(JsonViews::serviceJson).toList());
        return m;
    }

    static Map<String, Object> serviceJson(VendorService s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("productFamily", s.family().name());
        return m;
    }

    /** A health issue in the field names of Graph's serviceHealthIssue. */
    static Map<String, Object> healthIssueJson(HealthIssue h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.id().value());
        m.put("title", h.title());
        m.put("service", h.service());
        m.put("feature", h.feature());
        m.put("classification", h.classification().name().toLowerCase(java.util.Locale.ROOT));
        m.put("status", h.status().graphName());
        m.put("isResolved", h.resolvedFlag());
        m.put("active", h.isActive());
        m.put("startDateTime", h.startedAt());
        m.put("endDateTime", h.endedAt().orElse(null));
        m.put("lastModifiedDateTime", h.lastModifiedAt());
        m.put("impactDescription", h.impactDescription());
        m.put("clouds", h.clouds().stream().map(Enum::name).sorted().toList());
        m.put("regions", h.regions().stream().map(Object::toString).sorted().toList());
        m.put("posts", h.posts().stream().map(p -> {
            Map<String, Object> post = new LinkedHashMap<>();
            post.put("createdDateTime", p.createdAt());
            post.put("postType", p.postType());
            post.put("description", p.description());
            return post;
        }).toList());
        return m;
    }

    static Map<String, Object> supportTopicJson(SupportTopic t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id().value());
        m.put("name", t.name());
        m.put("productFamily", t.productFamily().name());
        return m;
    }

    static Map<String, Object> agentJson(Agent a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id().value());
        m.put("email", a.email().value());
        m.put("name", a.name());
        m.put("roles", a.roles().stream().map(Enum::name).sorted().toList());
        m.put("disabled", a.disabled());
        m.put("screened", a.screened());
        return m;
    }

    static Map<String, Object> auditJson(AuditEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", e.at());
        m.put("actor", e.actor());
        m.put("actorKind", e.actorKind());
        m.put("roles", e.roles().stream().map(Enum::name).sorted().toList());
        m.put("action", e.action());
        m.put("customerTenantId", e.customer().map(Object::toString).orElse(null));
        m.put("caseId", e.caseId().map(Object::toString).orElse(null));
        m.put("channel", e.channel().name());
        m.put("outcome", e.outcome().name());
        m.put("detail", e.detail());
        return m;
    }

    static Map<String, Object> page(List<?> items, long total, int offset, int limit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("items", items);
        m.put("total", total);
        m.put("offset", offset);
        m.put("limit", limit);
        return m;
    }

    static Map<String, Object> metricsJson(
            com.partnerdesk.application.port.in.EscalationMetricsUseCase.EscalationMetrics r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("since", r.since());
        m.put("casesOpened", r.casesOpened());
        m.put("casesEscalated", r.casesEscalated());
        m.put("escalationRate", r.escalationRate());
        Map<String, Object> byCategory = new LinkedHashMap<>();
        r.byCategory().forEach((k, v) -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("triaged", v.triaged());
            f.put("escalated", v.escalated());
            f.put("escalationRate", v.escalationRate());
            byCategory.put(k, f);
        });
        m.put("byCategory", byCategory);
        m.put("deflectedByKnownIncident", r.deflectedByKnownIncident());
        m.put("partnerResolvable", r.partnerResolvable());
        m.put("serviceRequests", r.serviceRequests());
        m.put("answeredByVendor", r.answeredByVendor());
        m.put("medianVendorResponse", r.medianVendorResponse().orElse(null));
        m.put("responseTargetBreaches", r.responseTargetBreaches());
        m.put("openServiceRequestsPastTarget", r.openServiceRequestsPastTarget());
        return m;
    }
}
