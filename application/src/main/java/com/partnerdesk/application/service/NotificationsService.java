package com.partnerdesk.application.service;

import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.DeliverNotificationsUseCase;
import com.partnerdesk.application.port.in.MailSettingsUseCase;
import com.partnerdesk.application.port.in.NotificationList;
import com.partnerdesk.application.port.in.NotificationView;
import com.partnerdesk.application.port.in.NotificationsUseCase;
import com.partnerdesk.application.port.in.UpdateMailSettingsCommand;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.application.port.out.MailPreferences;
import com.partnerdesk.application.port.out.MailSender;
import com.partnerdesk.application.port.out.NotificationOutbox;
import com.partnerdesk.application.port.out.NotificationOutbox.Message;
import com.partnerdesk.application.port.out.PartnerSettings;
import com.partnerdesk.application.port.out.ServiceRequestRepository;
import com.partnerdesk.application.port.out.VendorOutbox.OutboxState;
import com.partnerdesk.application.port.out.WebhookSender;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.ClockTarget;
import com.partnerdesk.domain.cases.CustomerClock;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.notification.DeliveryChannel;
import com.partnerdesk.domain.notification.NotificationEvent;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The notification outbox's dispatcher (the vendor outbox's pattern: claim, send outside any transaction, record
 * the outcome; retry with backoff; park what keeps failing, audited), the scheduler of time-based events, the admin's
 * view of the outbox and each agent's own mail settings.
 */
public final class NotificationsService implements DeliverNotificationsUseCase, NotificationsUseCase,
        MailSettingsUseCase {
    private static final int BATCH = 100;
    /** A pass sends at most this many batches, so one round never runs for ever. */
    private static final int ROUNDS = 20;
    /** How long a dispatcher holds what it claimed: longer than any one mail or webhook call may take. */
    private static final Duration CLAIM = Duration.ofMinutes(5);
    /**
     * The cases at risk one round reads: breached cases stay listed until met, so this bounds a round, not the
     * number of cases watched over time (ADR 0020).
     */
    private static final int AT_RISK = 1000;

    private final Guard guard;
    private final NotificationOutbox outbox;
    private final Notifier notifier;
    private final MailPreferences preferences;
    private final ServiceRequestRepository requests;
    private final CaseRepository cases;
    private final PartnerSettings partner;
    private final Optional<MailSender> mail;
    private final Optional<WebhookSender> webhook;
    private final DeliveryPolicy policy;
    private final RandomGenerator random;

    public NotificationsService(Guard guard, NotificationOutbox outbox, Notifier notifier, MailPreferences preferences,
                                ServiceRequestRepository requests, CaseRepository cases, PartnerSettings partner,
                                Optional<MailSender> mail, Optional<WebhookSender> webhook, DeliveryPolicy policy,
                                RandomGenerator random) {
        this.guard = guard;
        this.outbox = outbox;
        this.notifier = notifier;
        this.preferences = preferences;
        this.requests = requests;
        this.cases = cases;
        this.partner = partner;
        this.mail = mail;
        this.webhook = webhook;
        this.policy = policy;
        this.random = random;
    }

    // --- delivery ------------------------------------------------------------------------------------------------

    @Override
    public DeliveryReport deliver(Caller caller) {
        requireAllowed(caller, "notification.deliver");
        int delivered = 0;
        int retrying = 0;
        int parked = 0;
        List<Message> due;
        for (int round = 0; round < ROUNDS
                && !(due = guard.write(() -> outbox.claimDue(channels(), guard.now(), guard.now().plus(CLAIM), BATCH)))
                .isEmpty();
             round++) {
            for (Message message : due) {
                Optional<String> failure = send(message);
                try {
                    if (failure.isEmpty()) {
                        guard.write(() -> {
                            outbox.delivered(message.id(), guard.now());
                            return null;
                        });
                        delivered++;
                    } else if (retryOrPark(caller, message, failure.get())) {
                        parked++;
                    } else {
                        retrying++;
                    }
                } catch (RuntimeException recordingFailed) {
                    // The claim runs out and the message comes due again; one bad message does not stop the others.
                    retrying++;
                }
            }
        }
        return new DeliveryReport(delivered, retrying, parked);
    }

    /** The channels this process can send on: messages of another wait for a process that can (the server's). */
    private Set<DeliveryChannel> channels() {
        Set<DeliveryChannel> on = java.util.EnumSet.noneOf(DeliveryChannel.class);
        mail.ifPresent(m -> on.add(DeliveryChannel.MAIL));
        webhook.ifPresent(w -> on.add(DeliveryChannel.WEBHOOK));
        return on;
    }

    /** Sends one message; the failure's words when the mail server or the receiver did not take it. */
    private Optional<String> send(Message message) {
        try {
            if (message.channel() == DeliveryChannel.MAIL) {
                mail.orElseThrow(() -> new IllegalStateException("mail is off: PARTNERDESK_SMTP_HOST is not set"))
                        .send(deliveryId(message), Email.of(message.recipient()), message.notification());
            } else {
                webhook.orElseThrow(() -> new IllegalStateException("the webhook is off: PARTNERDESK_WEBHOOK_URL is"
                        + " not set")).send(deliveryId(message), message.notification());
            }
            return Optional.empty();
        } catch (RuntimeException failed) {
            String words = failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
            return Optional.of(words.length() > 1000 ? words.substring(0, 1000) : words);
        }
    }

    /** The same on every attempt of one message: a receiver can tell a repeat by it. */
    static String deliveryId(Message message) {
        return "partnerdesk-notification-" + message.id();
    }

    /** Returns true when the message was parked (audited: the admin sees it on the notifications page). */
    private boolean retryOrPark(Caller caller, Message message, String error) {
        return guard.write(() -> {
            int attempts = message.attempts() + 1;
            Optional<Instant> next = policy.nextAttempt(attempts, Optional.empty(), guard.now(), random);
            if (next.isPresent()) {
                outbox.failed(message.id(), attempts, next.get(), error);
                return false;
            }
            outbox.park(message.id(), attempts, error);
            guard.record(caller, "notification.parked", message.notification().firstCustomer(),
                    message.notification().firstCase(), message.notification().event().wireName() + " by "
                            + describe(message) + " parked after " + attempts + " attempts: " + error);
            return true;
        });
    }

    private static String describe(Message message) {
        return message.channel() == DeliveryChannel.MAIL ? "mail to " + message.recipient() : "webhook";
    }

    // --- the scheduler -------------------------------------------------------------------------------------------

    /**
     * The vendor's response clock: a request filed with the vendor that has no answer past its target raises
     * {@code service_request.vendor_clock.breached} once, whatever the number of rounds and restarts. The customer's
     * clock: each open case raises {@code case.customer_clock.warning} once per target (first response, resolution)
     * when 75 % of it has passed, and {@code case.customer_clock.breached} once per target when it is missed.
     */
    @Override
    public int watchClocks(Caller caller) {
        requireAllowed(caller, "notification.watch");
        Instant now = guard.now();
        int raised = 0;
        for (ServiceRequest request : guard.read(requests::awaitingVendor)) {
            boolean breached = request.responseTimeLeft(now).map(Duration::isNegative).orElse(false);
            if (breached && guard.write(() -> vendorClockBreached(request, now))) {
                raised++;
            }
        }
        for (CaseId id : guard.read(() -> cases.clocksAtRiskBy(now, AT_RISK))) {
            raised += guard.write(() -> customerClockEvents(id, now));
        }
        return raised;
    }

    /** The customer clock's events of one case not raised yet, each in this transaction with its mark. */
    private int customerClockEvents(CaseId id, Instant now) {
        Optional<Case> found = cases.find(id).filter(c -> c.status().isOpen());
        if (found.isEmpty()) {
            return 0;
        }
        Case subject = found.get();
        CustomerClock clock = subject.customerClock(partner.customerClock(), now);
        int raised = 0;
        for (ClockTarget target : ClockTarget.values()) {
            if (clock.breached().contains(target)) {
                raised += customerClockEvent(NotificationEvent.CASE_CUSTOMER_CLOCK_BREACHED, subject, target, clock,
                        now) ? 1 : 0;
            } else if (clock.warning().contains(target)) {
                raised += customerClockEvent(NotificationEvent.CASE_CUSTOMER_CLOCK_WARNING, subject, target, clock,
                        now) ? 1 : 0;
            }
        }
        return raised;
    }

    private boolean customerClockEvent(NotificationEvent event, Case subject, ClockTarget target, CustomerClock clock,
                                       Instant now) {
        String what = target == ClockTarget.FIRST_RESPONSE ? "first response" : "resolution";
        Instant due = target == ClockTarget.FIRST_RESPONSE ? clock.firstResponseDue()
                : clock.resolutionDue().orElseThrow();
        String number = subject.id().shortForm();
        boolean breached = event == NotificationEvent.CASE_CUSTOMER_CLOCK_BREACHED;
        Notifier.Event raised = Notifier.Event.about(event, List.of(subject),
                breached ? "Case " + number + " missed its " + what + " target to the customer"
                        : "Case " + number + " is at " + CustomerClock.WARNING_PERCENT + " % of its " + what
                        + " target to the customer",
                "Case " + number + " (" + subject.problem().title() + ", impact " + subject.problem().impact()
                        + ") was due its " + what + " to the customer by " + due
                        + (breached ? " and has not had it." : "."));
        return notifier.raiseOnce(event.wireName() + ":" + subject.id().value() + ":" + target.name()
                .toLowerCase(Locale.ROOT).replace('_', '-'), raised, now);
    }

    private boolean vendorClockBreached(ServiceRequest request, Instant now) {
        List<Case> open = request.caseIds().stream().map(cases::find).flatMap(Optional::stream)
                .filter(c -> c.status().isOpen()).toList();
        String number = request.vendorRequestNumber().orElse(request.id().value());
        Notifier.Event event = Notifier.Event.about(NotificationEvent.SERVICE_REQUEST_VENDOR_CLOCK_BREACHED, open,
                "The vendor missed its " + request.responseTarget().toHours() + " h response target on service"
                        + " request " + number,
                "Service request " + number + " (" + request.title() + ", severity " + request.severity().vendorName()
                        + ") was due an answer from the vendor by " + request.responseDueAt().orElseThrow()
                        + " and has none. It covers " + open.size() + " open case(s).")
                .onRequest(request.id());
        return notifier.raiseOnce(NotificationEvent.SERVICE_REQUEST_VENDOR_CLOCK_BREACHED.wireName() + ":"
                + request.id().value(), event, now);
    }

    // --- the admin's view ----------------------------------------------------------------------------------------

    @Override
    public NotificationList list(Caller caller, NotificationQuery query) {
        Optional<OutboxState> state = query.state().map(NotificationsService::state);
        if (query.offset() < 0) {
            throw InvalidInputException.of("offset", "must be 0 or more");
        }
        if (query.limit() < 1 || query.limit() > NotificationQuery.MAX_LIMIT) {
            throw InvalidInputException.of("limit", "must be between 1 and " + NotificationQuery.MAX_LIMIT);
        }
        guard.check(caller, Action.MANAGE_NOTIFICATIONS, Optional.empty(), Optional.empty(), Optional.empty(),
                "notification.list");
        return guard.read(() -> {
            // What concerns a restricted customer is left out for an agent who is not screened (ADR 0014).
            CallerScope scope = guard.scope(caller);
            List<Message> seen = outbox.list(state, query.offset(), query.limit()).stream()
                    .filter(m -> m.notification().customers().stream().allMatch(scope::sees)).toList();
            return new NotificationList(seen.stream().map(NotificationsService::view).toList(), outbox.count(state),
                    query.offset(), query.limit(), outbox.count(Optional.of(OutboxState.PARKED)));
        });
    }

    private static OutboxState state(String name) {
        return Arrays.stream(new OutboxState[]{OutboxState.PENDING, OutboxState.DELIVERED, OutboxState.PARKED})
                .filter(s -> s.name().equals(name.strip().toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> InvalidInputException.of("state", "'" + name + "' is not a state of the outbox"
                        + " (PENDING, DELIVERED, PARKED)"));
    }

    @Override
    public NotificationView retry(Caller caller, long id) {
        return guard.write(() -> {
            Message message = outbox.find(id).orElseThrow(() -> new NotFoundException("Notification", id));
            Optional<com.partnerdesk.domain.customer.TenantId> customer = message.notification().firstCustomer();
            if (customer.isPresent()) {
                // a notification about a restricted customer does not exist for an agent who is not screened
                guard.requireVisible(caller, customer.get(), message.notification().firstCase(), "Notification", id,
                        "notification.retry");
            }
            guard.require(caller, Action.MANAGE_NOTIFICATIONS, Optional.empty(),
                    customer, message.notification().firstCase(), "notification.retry");
            if (!outbox.requeue(id, guard.now())) {
                throw new com.partnerdesk.application.error.ConflictException("Notification " + id + " is "
                        + message.state() + ": only a parked notification is retried");
            }
            guard.record(caller, "notification.retry", message.notification().firstCustomer(),
                    message.notification().firstCase(), message.notification().event().wireName() + " by "
                            + describe(message) + " put back in line");
            return view(outbox.find(id).orElseThrow());
        });
    }

    static NotificationView view(Message m) {
        return new NotificationView(m.id(), m.notification().event().wireName(), m.channel().name(), m.recipient(),
                m.notification().title(), m.notification().firstCase(), m.notification().firstCustomer(),
                m.notification().occurredAt(), m.state().name(), m.attempts(), m.nextAttemptAt(),
                m.lastError() == null ? "" : m.lastError(), m.createdAt(), m.deliveredAt());
    }

    // --- each agent's own mail settings --------------------------------------------------------------------------

    @Override
    public MailSettingsView show(Caller caller) {
        Actor.AgentActor agent = agentOf(caller);
        return guard.read(() -> settings(agent, preferences.mailOff(agent.agentId())));
    }

    @Override
    public MailSettingsView update(UpdateMailSettingsCommand command) {
        Actor.AgentActor agent = agentOf(command.caller());
        Set<NotificationEvent> off = command.events();
        return guard.write(() -> {
            preferences.setMailOff(agent.agentId(), off);
            guard.record(command.caller(), "agent.mail-settings", Optional.empty(), Optional.empty(),
                    off.isEmpty() ? "every event mailed" : "mail off for " + String.join(", ",
                            off.stream().map(NotificationEvent::wireName).sorted().toList()));
            return settings(agent, off);
        });
    }

    private MailSettingsView settings(Actor.AgentActor agent, Set<NotificationEvent> off) {
        return new MailSettingsView(agent.email().value(), Arrays.stream(NotificationEvent.values())
                .filter(NotificationEvent::forAgents)
                .map(e -> new EventSetting(e.wireName(), e.description(), !off.contains(e))).toList(),
                mail.isPresent());
    }

    private static Actor.AgentActor agentOf(Caller caller) {
        if (caller.actor() instanceof Actor.AgentActor agent) {
            return agent;
        }
        throw InvalidInputException.of("caller", "mail settings belong to an agent; the operator has none");
    }

    private void requireAllowed(Caller caller, String auditAction) {
        guard.check(caller, Action.MANAGE_NOTIFICATIONS, Optional.empty(), Optional.empty(), Optional.empty(),
                auditAction);
    }
}
