package com.partnerdesk.adapters.web.reports;

import java.util.LinkedHashMap;
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
        m.put("customerClockBreaches", r.customerClockBreaches());
        m.put("period", r.period().name());
        m.put("overTime", r.overTime().stream().map(p -> {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("start", p.start());
            step.put("opened", p.opened());
            step.put("escalated", p.escalated());
            step.put("deflected", p.deflected());
            step.put("responseTargetBreaches", p.responseTargetBreaches());
            return step;
        }).toList());
        m.put("vendorTurnaround", r.vendorTurnaround().stream().map(b -> {
            Map<String, Object> band = new LinkedHashMap<>();
            band.put("from", b.from());
            band.put("to", b.to().orElse(null));
            band.put("requests", b.requests());
            return band;
        }).toList());
        return m;
    }
}
