package com.partnerdesk.adapters.web.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The escalation-quality report in the API's JSON; pure functions. */
final class ReportJson {
    private ReportJson() {
    }

    static Map<String, Object> of(
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
