package com.partnerdesk.adapters.web.health;

import com.partnerdesk.application.port.in.HealthIssuesUseCase;
import com.partnerdesk.application.port.in.HealthSyncStatusUseCase;
import com.partnerdesk.domain.health.HealthIssue;
import java.util.LinkedHashMap;
import java.util.Map;

/** A health issue in the API's JSON, in the field names of Graph's serviceHealthIssue, and a health sync; pure functions. */
final class HealthIssueJson {
    private HealthIssueJson() {
    }

    /** An issue of the board, with the customers whose feeds show it. */
    static Map<String, Object> of(HealthIssuesUseCase.BoardEntry e) {
        Map<String, Object> m = of(e.issue());
        m.put("affects", e.affects());
        return m;
    }

    /** A customer's last health sync. */
    static Map<String, Object> of(HealthSyncStatusUseCase.HealthSyncStatusView s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tenantId", s.customer().value());
        m.put("name", s.name());
        m.put("attemptedAt", s.attemptedAt().orElse(null));
        m.put("succeededAt", s.succeededAt().orElse(null));
        m.put("issuesBrought", s.issuesBrought());
        m.put("failure", s.failure().orElse(null));
        m.put("nextTryAt", s.nextTryAt().orElse(null));
        return m;
    }

    static Map<String, Object> of(HealthIssue h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.id().value());
        m.put("title", h.title());
        m.put("service", h.service());
        m.put("feature", h.feature());
        m.put("classification", h.classification().name().toLowerCase(java.util.Locale.ROOT));
        m.put("status", h.statusName());
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
}
