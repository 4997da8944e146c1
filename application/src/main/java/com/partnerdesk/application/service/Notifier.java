package com.partnerdesk.application.service;

import com.partnerdesk.application.port.out.AgentRepository;
import com.partnerdesk.application.port.out.MailPreferences;
import com.partnerdesk.application.port.out.NotificationOutbox;
import com.partnerdesk.application.port.out.NotificationOutbox.NewMessage;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.notification.DeliveryChannel;
import com.partnerdesk.domain.notification.Notification;
import com.partnerdesk.domain.notification.NotificationEvent;
import com.partnerdesk.domain.notification.NotificationRecipients;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a use case raises a notification, inside the transaction of the change that causes it: the messages (one mail
 * per recipient, one webhook call) are written to the {@link NotificationOutbox} with that change, or not at all.
 * Recipients follow {@link NotificationRecipients}: the cases' owners, the admin agents for unowned cases.
 */
public final class Notifier {
    private final NotificationOutbox outbox;
    private final AgentRepository agents;
    private final MailPreferences preferences;
    private final NotificationChannels channels;

    public Notifier(NotificationOutbox outbox, AgentRepository agents, MailPreferences preferences,
                    NotificationChannels channels) {
        this.outbox = outbox;
        this.agents = agents;
        this.preferences = preferences;
        this.channels = channels;
    }

    /** What an event says, before it is addressed: the cases it concerns and what it is about. */
    public record Event(NotificationEvent event, List<Case> cases, Optional<ServiceRequestId> serviceRequestId,
                        Optional<ClusterId> clusterId, String title, String text) {
        public static Event about(NotificationEvent event, List<Case> cases, String title, String text) {
            return new Event(event, cases, Optional.empty(), Optional.empty(), title, text);
        }

        public Event onRequest(ServiceRequestId request) {
            return new Event(event, cases, Optional.of(request), clusterId, title, text);
        }

        public Event inCluster(ClusterId cluster) {
            return new Event(event, cases, serviceRequestId, Optional.of(cluster), title, text);
        }

        Notification at(Instant at) {
            return new Notification(event, at, cases.stream().map(Case::id).toList(),
                    cases.stream().map(Case::customer).toList(), serviceRequestId, clusterId, title, text);
        }
    }

    /** Raises an event to the owners of its cases (the admin agents for those without one) and the webhook. */
    public void raise(Event event, Instant at) {
        List<Optional<AgentId>> owners = event.cases().stream().map(Notifier::ownerOf).toList();
        write(event.at(at), NotificationRecipients.mailTo(event.event(), owners, agents.all(),
                preferences::mailOff));
    }

    /**
     * Raises the event named {@code key} unless it was raised before (a scheduler's round, also after a restart);
     * returns whether it was raised now.
     */
    public boolean raiseOnce(String key, Event event, Instant at) {
        if (!outbox.markRaised(key, at)) {
            return false;
        }
        raise(event, at);
        return true;
    }

    /** {@code case.assigned}: to the new owner alone (not when agents take a case themselves), and the webhook. */
    public void assigned(Case subject, AgentId newOwner, Optional<AgentId> by, Instant at) {
        Event event = Event.about(NotificationEvent.CASE_ASSIGNED, List.of(subject),
                "Case " + subject.id().shortForm() + " was assigned to you",
                "Case " + subject.id().shortForm() + " (" + subject.problem().title() + ") is now yours.");
        List<Agent> to = by.filter(newOwner::equals).isPresent() ? List.of()
                : NotificationRecipients.mailTo(NotificationEvent.CASE_ASSIGNED, List.of(Optional.of(newOwner)),
                agents.all(), preferences::mailOff);
        write(event.at(at), to);
    }

    /** A customer update mailed to the customer's contact: mail only, never the webhook. */
    public void mailCustomer(Case subject, Email contact, String title, String text, Instant at) {
        if (!channels.mail()) {
            return;
        }
        Notification update = new Notification(NotificationEvent.CUSTOMER_UPDATE, at, List.of(subject.id()),
                List.of(subject.customer()), subject.serviceRequestId(), subject.clusterId(), title, text);
        outbox.enqueue(List.of(new NewMessage(DeliveryChannel.MAIL, contact.value(), update)), at);
    }

    /** One customer update about several of one customer's cases, mailed once to its contact. */
    public void mailCustomer(List<CaseId> cases, TenantId customer, Email contact, String title, String text,
                             Instant at) {
        if (!channels.mail()) {
            return;
        }
        Notification update = new Notification(NotificationEvent.CUSTOMER_UPDATE, at, cases, List.of(customer),
                Optional.empty(), Optional.empty(), title, text);
        outbox.enqueue(List.of(new NewMessage(DeliveryChannel.MAIL, contact.value(), update)), at);
    }

    private void write(Notification notification, List<Agent> mailTo) {
        List<NewMessage> messages = new ArrayList<>();
        if (channels.mail()) {
            mailTo.forEach(agent -> messages.add(new NewMessage(DeliveryChannel.MAIL, agent.email().value(),
                    notification)));
        }
        if (channels.webhook()) {
            messages.add(new NewMessage(DeliveryChannel.WEBHOOK, "", notification));
        }
        if (!messages.isEmpty()) {
            outbox.enqueue(messages, notification.occurredAt());
        }
    }

    /** The case's owner, who gets its events; none: the admin agents do. */
    static Optional<AgentId> ownerOf(Case subject) {
        return subject.owner();
    }
}
