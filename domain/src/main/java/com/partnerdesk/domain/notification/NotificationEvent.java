package com.partnerdesk.domain.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the desk tells agents about, by mail and by webhook, under the names a webhook receiver sees; and the one
 * message that goes to a customer's contact (a customer update), which is mail only and never an agent's event.
 */
public enum NotificationEvent {
    CASE_ASSIGNED("case.assigned", "A case was assigned to you"),
    CASE_ATTENTION_NEEDED("case.attention_needed", "A case needs attention"),
    CASE_VENDOR_NOTE("case.vendor_note", "The vendor wrote on a case's service request"),
    CASE_CUSTOMER_CLOCK_WARNING("case.customer_clock.warning", "A customer's clock is at 75 %"),
    CASE_CUSTOMER_CLOCK_BREACHED("case.customer_clock.breached", "A customer's clock was breached"),
    SERVICE_REQUEST_VENDOR_CLOCK_BREACHED("service_request.vendor_clock.breached",
            "The vendor missed its response target"),
    CLUSTER_FORMED("cluster.formed", "Several customers' cases formed a cluster"),
    CASE_RECHECK("case.recheck", "A case was sent to recheck"),
    CUSTOMER_UPDATE("case.customer_update", "An update mailed to a customer's contact");

    private final String wireName;
    private final String description;

    NotificationEvent(String wireName, String description) {
        this.wireName = wireName;
        this.description = description;
    }

    /** The name a webhook receiver, the API and the CLI use. */
    public String wireName() {
        return wireName;
    }

    public String description() {
        return description;
    }

    /** An event agents receive (and may turn mail off for); a customer update goes to the customer only. */
    public boolean forAgents() {
        return this != CUSTOMER_UPDATE;
    }

    /** The names of the events agents receive, in order. */
    public static java.util.List<String> agentEventNames() {
        return Arrays.stream(values()).filter(NotificationEvent::forAgents).map(NotificationEvent::wireName).toList();
    }

    public static Optional<NotificationEvent> byWireName(String name) {
        return Arrays.stream(values()).filter(e -> e.wireName.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
