package com.partnerdesk.domain.triage;

import com.partnerdesk.domain.common.Require;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.Region;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import java.time.Duration;
import java.time.Instant;

/**
 * What rule 3 asks about: the other open cases that may cluster with {@code subject} (a problem of {@code customer} on
 * {@code service} in
 * {@code cloud}/{@code region} that started at {@code startedAt}), i.e. cluster candidates (see
 * {@link OpenCase#clusterCandidate()}) of the same service (ignoring case), cloud and region, other than the subject,
 * that started within {@code window} of it. The subject may be stored already (re-triage); it is a case of
 * {@code customer} either way.
 */
public record NearbyQuery(CaseId subject, TenantId customer, String service, Cloud cloud, Region region,
                          Instant startedAt, Duration window) {

    public NearbyQuery {
        Require.present("subject", subject);
        Require.present("customer", customer);
        service = Require.text("service", service).strip();
        Require.present("cloud", cloud);
        Require.present("region", region);
        Require.present("startedAt", startedAt);
        Require.present("window", window);
    }

    /** The earliest start a case near the subject may have. */
    public Instant from() {
        return startedAt.minus(window);
    }

    /** The latest start a case near the subject may have. */
    public Instant to() {
        return startedAt.plus(window);
    }

    /** Whether {@code c} is one of the cases this query is about. */
    public boolean matches(OpenCase c) {
        return c.clusterCandidate()
                && !c.caseId().equals(subject)
                && c.service().equalsIgnoreCase(service)
                && c.cloud() == cloud
                && c.region().equals(region)
                && !c.startedAt().isBefore(from())
                && !c.startedAt().isAfter(to());
    }
}
