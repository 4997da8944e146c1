package com.partnerdesk.adapters.notify.mail;

import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.notification.Notification;
import java.net.URI;
import java.util.List;

/**
 * The words of a mail: the subject, and a plain-text body with the event's text and, for an agent, links to the case
 * (or the cases, up to {@value #MAX_LINKED}), the service request, and the agent's mail settings. A customer's mail
 * carries the update alone: the desk is not the customer's to open.
 */
final class MailText {
    static final int MAX_LINKED = 20;

    private final String base;

    MailText(URI baseUrl) {
        String url = baseUrl.toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    String subject(Notification n) {
        return n.event().forAgents() ? "[PartnerDesk] " + n.title() : n.title();
    }

    String body(Notification n) {
        StringBuilder body = new StringBuilder(n.text().strip()).append("\n");
        if (!n.event().forAgents()) {
            return body.toString();
        }
        body.append('\n');
        List<CaseId> cases = n.caseIds();
        if (cases.size() == 1) {
            body.append("Open the case: ").append(base).append("/cases/").append(cases.get(0).value()).append('\n');
        } else if (!cases.isEmpty()) {
            body.append("The ").append(cases.size()).append(" cases:\n");
            cases.stream().limit(MAX_LINKED).forEach(id -> body.append("  ").append(base).append("/cases/")
                    .append(id.value()).append('\n'));
            if (cases.size() > MAX_LINKED) {
                body.append("  and ").append(cases.size() - MAX_LINKED).append(" more: ").append(base)
                        .append("/cases\n");
            }
        }
        n.serviceRequestId().ifPresent(id -> body.append("The service request: ").append(base)
                .append("/service-requests/").append(id.value()).append('\n'));
        body.append("\n-- \nPartnerDesk, event ").append(n.event().wireName()).append(" at ").append(n.occurredAt())
                .append(".\nChoose which events reach you by mail: ").append(base).append("/me/notifications\n");
        return body.toString();
    }
}
