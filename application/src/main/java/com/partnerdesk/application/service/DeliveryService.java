package com.partnerdesk.application.service;

import com.partnerdesk.application.error.ConflictException;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.DeliverServiceRequestsUseCase;
import com.partnerdesk.application.port.in.ServiceRequestView;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.application.port.out.CustomerRepository;
import com.partnerdesk.application.port.out.ServiceRequestRepository;
import com.partnerdesk.application.port.out.VendorGateway;
import com.partnerdesk.application.port.out.VendorOutbox;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.CaseNote;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.NoteKind;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.notification.NotificationEvent;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.servicerequest.ServiceRequestNote;
import com.partnerdesk.domain.servicerequest.UnlinkedVendorRequest;
import com.partnerdesk.domain.servicerequest.VendorRequestNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The outbox dispatcher. Delivery is at-least-once: the request is marked delivered only after the vendor
 * acknowledged it, and the correlation id sent with every attempt is the request's own id, so the vendor
 * can recognise a retry of a request it already has.
 */
public final class DeliveryService implements DeliverServiceRequestsUseCase {
    private static final int BATCH = 100;
    /** How long a dispatcher holds what it claimed: longer than any one call to the vendor may take. */
    private static final Duration CLAIM = Duration.ofMinutes(5);
    /** Updates of one request go one per round; a pass sends at most this many of one request's updates. */
    private static final int UPDATE_ROUNDS = 20;

    private final Guard guard;
    private final CaseSupport support;
    private final ServiceRequestRepository requests;
    private final CaseRepository cases;
    private final CustomerRepository customers;
    private final VendorOutbox outbox;
    private final VendorGateway gateway;
    private final VendorAnswers answers;
    private final DeliveryPolicy policy;
    private final RandomGenerator random;
    private final Notifier notifier;

    public DeliveryService(Guard guard, CaseSupport support, ServiceRequestRepository requests, CaseRepository cases,
                           CustomerRepository customers, VendorOutbox outbox, VendorGateway gateway,
                           VendorAnswers answers, DeliveryPolicy policy, RandomGenerator random,
                           Notifier notifier) {
        this.notifier = notifier;
        this.guard = guard;
        this.support = support;
        this.requests = requests;
        this.cases = cases;
        this.customers = customers;
        this.outbox = outbox;
        this.gateway = gateway;
        this.answers = answers;
        this.policy = policy;
        this.random = random;
    }

    @Override
    public DeliveryReport submitPending(Caller caller) {
        requireAllowed(caller, "service-request.submit");
        int delivered = 0;
        int awaiting = 0;
        int retrying = 0;
        int parked = 0;
        for (VendorOutbox.OutboxEntry entry : guard.write(() -> outbox.claimDue(guard.now(), guard.now().plus(CLAIM), BATCH))) {
            ServiceRequest request = guard.read(() -> support.loadRequest(entry.requestId()));
            VendorGateway.Delivery delivery = attempt(() -> gateway.submit(request, entry.correlationId()));
            try {
                if (delivery instanceof VendorGateway.Delivered done) {
                    complete(caller, entry.requestId(), done.vendorRequestNumber());
                    delivered++;
                } else if (delivery instanceof VendorGateway.AwaitingAgent) {
                    // The claim stands: the agent records the vendor's number, which completes delivery.
                    awaiting++;
                } else if (delivery instanceof VendorGateway.Retry retry) {
                    int attempts = entry.attempts() + 1;
                    if (retryOrPark(caller, request, attempts, retry,
                            () -> outbox.park(entry.requestId(), attempts, retry.error()),
                            next -> outbox.failed(entry.requestId(), attempts, next, retry.error()),
                            "service-request.parked", "gave up delivering after ")) {
                        parked++;
                    } else {
                        retrying++;
                    }
                }
            } catch (RuntimeException recordingFailed) {
                // The claim runs out and the entry comes due again; one bad entry does not stop the others.
                retrying++;
            }
        }
        return new DeliveryReport(delivered, awaiting, retrying, parked);
    }

    @Override
    public UpdateReport sendUpdates(Caller caller) {
        requireAllowed(caller, "service-request.send-updates");
        int delivered = 0;
        int handedToAgent = 0;
        int retrying = 0;
        int parked = 0;
        List<VendorOutbox.UpdateEntry> due;
        // Each claim takes the oldest pending update of each request, so a request's updates go in order.
        for (int round = 0; round < UPDATE_ROUNDS
                && !(due = guard.write(() -> outbox.claimDueUpdates(guard.now(), guard.now().plus(CLAIM), BATCH))).isEmpty();
             round++) {
            for (VendorOutbox.UpdateEntry entry : due) {
                ServiceRequest request = guard.read(() -> support.loadRequest(entry.requestId()));
                VendorGateway.Delivery sent = attempt(() -> gateway.update(request.vendorRequestNumber().orElseThrow(),
                        entry.note(), entry.status(), entry.correlationId()));
                try {
                    if (sent instanceof VendorGateway.Retry retry) {
                        int attempts = entry.attempts() + 1;
                        if (retryOrPark(caller, request, attempts, retry,
                                () -> outbox.parkUpdate(entry.id(), attempts, retry.error()),
                                next -> outbox.updateFailed(entry.id(), attempts, next, retry.error()),
                                "service-request.update-parked", "gave up sending a partner update after ")) {
                            parked++;
                        } else {
                            retrying++;
                        }
                    } else {
                        boolean byHand = sent instanceof VendorGateway.AwaitingAgent;
                        guard.write(() -> {
                            outbox.finishUpdate(entry.id(), byHand ? VendorOutbox.OutboxState.HANDED_TO_AGENT
                                    : VendorOutbox.OutboxState.DELIVERED, guard.now());
                            guard.record(caller, "service-request.update-sent", Optional.of(request.customer()),
                                    Optional.of(request.caseIds().get(0)), (byHand
                                            ? "left to the agent in the vendor's portal: "
                                            : "sent to the vendor as " + request.vendorRequestNumber().orElseThrow() + ": ")
                                            + describe(entry));
                            return null;
                        });
                        if (byHand) {
                            handedToAgent++;
                        } else {
                            delivered++;
                        }
                    }
                } catch (RuntimeException recordingFailed) {
                    retrying++;
                }
            }
        }
        return new UpdateReport(delivered, handedToAgent, retrying, parked);
    }

    private static String describe(VendorOutbox.UpdateEntry entry) {
        return entry.note().map(n -> "note of " + n.length() + " characters").orElse("")
                + (entry.note().isPresent() && entry.status().isPresent() ? ", " : "")
                + entry.status().map(s -> "status " + s.vendorName()).orElse("");
    }

    /** A gateway that throws is treated like one that asked to be tried again. */
    private static VendorGateway.Delivery attempt(java.util.function.Supplier<VendorGateway.Delivery> call) {
        try {
            return call.get();
        } catch (RuntimeException unexpected) {
            return new VendorGateway.Retry(unexpected.getClass().getSimpleName() + ": " + unexpected.getMessage(),
                    Optional.empty());
        }
    }

    private void requireAllowed(Caller caller, String auditAction) {
        guard.read(() -> {
            guard.require(caller, Action.UPDATE_SERVICE_REQUEST, auditAction);
            return null;
        });
    }

    private void complete(Caller caller, ServiceRequestId id, String vendorNumber) {
        guard.write(() -> {
            ServiceRequest request = support.loadRequest(id);
            if (request.vendorRequestNumber().isPresent()) {
                // Already completed (the agent recorded the number, or another dispatcher got there first).
                outbox.delivered(id, guard.now());
                return null;
            }
            request.submitted(vendorNumber, guard.now());
            requests.update(request);
            outbox.delivered(id, guard.now());
            guard.record(caller, "service-request.delivered", Optional.of(request.customer()),
                    Optional.of(request.caseIds().get(0)), "vendor request number " + vendorNumber);
            return null;
        });
    }

    /** Returns true when the entry was parked: its cases then show that they need attention. */
    private boolean retryOrPark(Caller caller, ServiceRequest request, int attempts, VendorGateway.Retry retry,
                                Runnable park, java.util.function.Consumer<Instant> retryAt, String parkAction,
                                String parkDetail) {
        return guard.write(() -> {
            Instant now = guard.now();
            Optional<Instant> next = policy.nextAttempt(attempts, retry.retryAfter(), now, random);
            if (next.isEmpty()) {
                park.run();
                List<Case> flagged = new java.util.ArrayList<>();
                for (CaseId caseId : request.caseIds()) {
                    cases.find(caseId).ifPresent(c -> {
                        if (c.flagAttention(true, now)) {
                            flagged.add(c);
                        }
                        if (c.hasUnsavedChanges()) {
                            cases.update(c);
                        }
                    });
                }
                if (!flagged.isEmpty()) {
                    notifier.raise(Notifier.Event.about(NotificationEvent.CASE_ATTENTION_NEEDED, flagged,
                            "Service request " + request.id().value() + " could not reach the vendor",
                            parkDetail + attempts + " attempts: " + retry.error()).onRequest(request.id()), now);
                }
                guard.record(caller, parkAction, Optional.of(request.customer()), Optional.of(request.caseIds().get(0)),
                        parkDetail + attempts + " attempts: " + retry.error());
                return true;
            }
            retryAt.accept(next.get());
            return false;
        });
    }

    /**
     * Reads each recorded, unclosed request from the vendor (status and notes onto the request and its cases), then
     * lists each customer's requests at the vendor: one whose number no request of the desk carries is kept as
     * unlinked, to be offered to the agent. Every vendor call is made outside any transaction; one that fails is
     * counted and the others go on.
     */
    @Override
    public SyncReport sync(Caller caller) {
        requireAllowed(caller, "service-request.sync");
        int checked = 0;
        int changed = 0;
        int failed = 0;
        for (ServiceRequest request : guard.read(requests::awaitingVendor)) {
            checked++;
            Optional<VendorGateway.VendorState> state;
            try {
                state = gateway.fetch(request.vendorRequestNumber().orElseThrow());
            } catch (RuntimeException unreachable) {
                failed++;
                continue;
            }
            if (state.isEmpty()) {
                continue;
            }
            try {
                if (guard.write(() -> applyVendorState(caller, request.id(), state.get()))) {
                    changed++;
                }
            } catch (RuntimeException notApplied) {
                failed++;
            }
        }
        int unlinked = 0;
        for (Customer customer : guard.read(customers::all)) {
            List<VendorGateway.VendorListing> listed;
            try {
                listed = gateway.listForCustomer(customer.tenantId());
            } catch (RuntimeException unreachable) {
                failed++;
                continue;
            }
            unlinked += guard.write(() -> keepUnlinked(caller, customer, listed));
        }
        return new SyncReport(checked, changed, failed, unlinked);
    }

    private boolean applyVendorState(Caller caller, ServiceRequestId id, VendorGateway.VendorState vendor) {
        ServiceRequest current = support.loadRequest(id);
        Instant now = guard.now();
        List<ServiceRequestNote> known = current.notes().stream().filter(ServiceRequestNote::fromVendor).toList();
        List<ServiceRequestNote> fresh = new java.util.ArrayList<>();
        for (VendorGateway.VendorNote n : vendor.notes()) {
            // A note the vendor gave no date is known by its text; one with a date by its text and date.
            boolean seen = known.stream().anyMatch(k -> k.text().equals(n.text())
                    && n.createdAt().map(k.createdAt()::equals).orElse(true));
            boolean twice = fresh.stream().anyMatch(f -> f.text().equals(n.text())
                    && n.createdAt().map(f.createdAt()::equals).orElse(true));
            if (!seen && !twice) {
                fresh.add(new ServiceRequestNote(n.author(), n.text(), n.createdAt().orElse(now), true));
            }
        }
        boolean result = answers.apply(current, fresh, vendor.status(), "vendor");
        if (result) {
            guard.record(caller, "service-request.sync", Optional.of(current.customer()),
                    Optional.of(current.caseIds().get(0)), "status " + current.status().vendorName()
                            + ", " + fresh.size() + " new note(s)");
        }
        return result;
    }

    /** Keeps the customer's vendor requests that no request of the desk carries; returns how many there are. */
    private int keepUnlinked(Caller caller, Customer customer, List<VendorGateway.VendorListing> listed) {
        Instant now = guard.now();
        Set<String> before = new HashSet<>();
        requests.unlinked(customer.tenantId()).forEach(u -> before.add(u.vendorRequestNumber()));
        List<UnlinkedVendorRequest> found = new java.util.ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (VendorGateway.VendorListing l : listed) {
            if (!numbers.add(l.vendorRequestNumber()) || requests.idByVendorNumber(l.vendorRequestNumber()).isPresent()) {
                continue;
            }
            found.add(new UnlinkedVendorRequest(customer.tenantId(), l.vendorRequestNumber(), l.title(), l.severity(),
                    l.status(), l.createdDate(), now));
        }
        requests.replaceUnlinked(customer.tenantId(), found);
        List<String> fresh = found.stream().map(UnlinkedVendorRequest::vendorRequestNumber)
                .filter(n -> !before.contains(n)).toList();
        if (!fresh.isEmpty()) {
            guard.record(caller, "service-request.unlinked-found", Optional.of(customer.tenantId()), Optional.empty(),
                    "the vendor holds " + String.join(", ", fresh) + " for this customer under numbers no request"
                            + " of the desk carries: offered to the agent to link");
        }
        return found.size();
    }

    /**
     * The agent filed the request in the vendor's portal and records the number the vendor gave it: the request opens
     * (the vendor clock starts), its outbox entry is delivered and every case of the request gets a note, in one
     * transaction. Recording the same number again changes nothing; another number is a conflict. A request that the
     * gateway delivers itself takes a number by hand only once its delivery was parked (else the vendor would get it
     * twice); its cases' attention flag, raised by the parking, is then lowered.
     */
    @Override
    public ServiceRequestView recordVendorNumber(Caller caller, ServiceRequestId id, String vendorNumber) {
        return guard.write(() -> {
            ServiceRequest request = support.loadRequest(id);
            CaseId firstCase = request.caseIds().get(0);
            guard.requireVisible(caller, request.customer(), Optional.empty(), "Service request", id.value(),
                    "service-request.vendor-number");
            guard.require(caller, Action.UPDATE_SERVICE_REQUEST, Optional.of(request.supportTopic().productFamily()),
                    Optional.of(request.customer()), Optional.of(firstCase), "service-request.vendor-number");
            String number = VendorRequestNumber.of(vendorNumber).value();
            Optional<String> recorded = request.vendorRequestNumber();
            if (recorded.isPresent()) {
                if (recorded.get().equals(number)) {
                    return support.view(request);
                }
                throw new ConflictException("Service request " + id + " is already filed with the vendor as "
                        + recorded.get() + "; it cannot also be " + number);
            }
            ServiceRequestView before = support.view(request);
            if (!before.awaitingVendorNumber()) {
                throw new ConflictException("Service request " + id + " is being delivered through the vendor's API,"
                        + " which gives its number; a number is recorded by hand only on the portal path or once"
                        + " delivery is parked");
            }
            boolean wasParked = before.deliveryState().map(VendorOutbox.OutboxState.PARKED.name()::equals).orElse(false);
            Instant now = guard.now();
            request.submitted(number, now);
            requests.update(request);
            outbox.delivered(id, now);
            requests.removeUnlinked(number);
            String note = "Filed with the vendor as service request " + number + " by " + caller.actor().name()
                    + "; the vendor's " + request.responseTarget().toHours() + " h response target ("
                    + request.severity().vendorName() + ") runs from now";
            for (CaseId caseId : request.caseIds()) {
                cases.find(caseId).ifPresent(c -> {
                    if (wasParked && c.status().isOpen()) {
                        c.flagAttention(false, now);
                        if (c.hasUnsavedChanges()) {
                            cases.update(c);
                        }
                    }
                    if (c.status().isOpen() || c.status() == CaseStatus.RESOLVED) {
                        cases.appendNote(caseId, new CaseNote(NoteKind.NOTE, caller.actor().name(), note, now));
                    }
                });
            }
            guard.record(caller, "service-request.vendor-number", Optional.of(request.customer()),
                    Optional.of(firstCase), "filed in the vendor's portal as " + number
                            + (wasParked ? " after delivery through the vendor's API was parked" : ""));
            return support.view(request);
        });
    }
}
