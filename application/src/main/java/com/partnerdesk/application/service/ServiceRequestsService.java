package com.partnerdesk.application.service;

import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.ServiceRequestView;
import com.partnerdesk.application.port.in.ServiceRequestsUseCase;
import com.partnerdesk.application.port.in.UpdateServiceRequestCommand;
import com.partnerdesk.application.port.out.ServiceRequestRepository;
import com.partnerdesk.application.port.out.VendorOutbox;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.servicerequest.ServiceRequestNote;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class ServiceRequestsService implements ServiceRequestsUseCase {
    private final Guard guard;
    private final CaseSupport support;
    private final ServiceRequestRepository requests;
    private final VendorAnswers answers;
    private final VendorOutbox outbox;

    public ServiceRequestsService(Guard guard, CaseSupport support, ServiceRequestRepository requests,
                                  VendorAnswers answers, VendorOutbox outbox) {
        this.guard = guard;
        this.support = support;
        this.requests = requests;
        this.answers = answers;
        this.outbox = outbox;
    }

    @Override
    public ServiceRequestView get(Caller caller, ServiceRequestId id) {
        return guard.read(() -> {
            guard.require(caller, Action.VIEW, "service-request.view");
            ServiceRequest request = support.loadRequest(id);
            guard.requireVisible(caller, request.customer(), Optional.empty(), "Service request", id.value(),
                    "service-request.view");
            return support.view(request);
        });
    }

    @Override
    public List<ServiceRequestView> list(Caller caller, Optional<ServiceRequestStatus> status, int offset, int limit) {
        return guard.read(() -> {
            guard.require(caller, Action.VIEW, "service-request.list");
            CallerScope scope = guard.scope(caller);
            if (scope.hidden().isEmpty()) {
                return requests.list(status, offset, limit).stream().map(support::view).toList();
            }
            return scope.filter(requests.list(status, 0, Integer.MAX_VALUE), ServiceRequest::customer).stream()
                    .skip(offset).limit(limit).map(support::view).toList();
        });
    }

    @Override
    public ServiceRequestView update(UpdateServiceRequestCommand command) {
        return guard.write(() -> {
            ServiceRequest request = support.loadRequest(command.id());
            guard.requireVisible(command.caller(), request.customer(), Optional.empty(), "Service request",
                    command.id().value(), "service-request.update");
            guard.require(command.caller(), Action.UPDATE_SERVICE_REQUEST,
                    Optional.of(request.supportTopic().productFamily()), Optional.of(request.customer()),
                    Optional.of(request.caseIds().get(0)), "service-request.update");
            if (command.fromVendor()) {
                answers.apply(request, command.newNote().map(text -> new ServiceRequestNote("vendor", text,
                        guard.now(), true)).stream().toList(), command.status(), command.caller().actor().name());
            } else {
                command.status().ifPresent(status -> {
                    if (status != ServiceRequestStatus.CLOSED) {
                        throw InvalidInputException.of("status", "an agent may only close a request ('closed'); "
                                + status.vendorName() + " is set by the vendor");
                    }
                });
                command.newNote().ifPresent(text -> request.addNote(new ServiceRequestNote(
                        command.caller().actor().name(), text, guard.now(), false)));
                command.status().ifPresent(status -> request.statusFromPartner(status, guard.now()));
                requests.update(request);
                if (command.newNote().isPresent() || command.status().isPresent()) {
                    // The vendor hears of it through the outbox, in this same transaction.
                    outbox.enqueueUpdate(request.id(), command.newNote(), command.status(), UUID.randomUUID().toString(),
                            guard.now());
                }
            }
            guard.record(command.caller(), "service-request.update", Optional.of(request.customer()),
                    Optional.of(request.caseIds().get(0)), (command.fromVendor() ? "from the vendor: " : "")
                            + command.status().map(s -> "status " + s.vendorName()).orElse("")
                            + command.newNote().map(n -> " note of " + n.length() + " characters").orElse(""));
            return support.view(request);
        });
    }
}
