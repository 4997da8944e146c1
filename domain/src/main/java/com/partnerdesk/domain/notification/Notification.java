package com.partnerdesk.domain.notification;

import com.partnerdesk.domain.common.Require;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One event as every channel sends it: what happened and when, the cases and customers it concerns (the first case
 * is the one a mail links to), the service request or cluster it is about, a one-line title and a plain-text body.
 */
public record Notification(NotificationEvent event, Instant occurredAt, List<CaseId> caseIds, List<TenantId> customers,
                           Optional<ServiceRequestId> serviceRequestId, Optional<ClusterId> clusterId, String title,
                           String text) {
    public Notification {
        Require.present("event", event);
        Require.present("occurredAt", occurredAt);
        caseIds = List.copyOf(Require.present("caseIds", caseIds)).stream().distinct().toList();
        customers = List.copyOf(Require.present("customers", customers)).stream().distinct().toList();
        Require.present("serviceRequestId", serviceRequestId);
        Require.present("clusterId", clusterId);
        title = Require.text("title", title, 300);
        text = Require.text("text", text, 20_000);
    }

    public Optional<CaseId> firstCase() {
        return caseIds.stream().findFirst();
    }

    public Optional<TenantId> firstCustomer() {
        return customers.stream().findFirst();
    }
}
