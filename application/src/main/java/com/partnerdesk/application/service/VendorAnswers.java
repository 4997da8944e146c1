package com.partnerdesk.application.service;

import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.application.port.out.ServiceRequestRepository;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.CaseNote;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.NoteKind;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.servicerequest.ServiceRequestNote;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import com.partnerdesk.domain.notification.NotificationEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the vendor sends back reaches every case of the request: its notes land on each case's timeline,
 * {@code attention_needed} flags each case, {@code closed} tells the agent the case may be resolved.
 */
public final class VendorAnswers {
    private final ServiceRequestRepository requests;
    private final CaseRepository cases;
    private final Clock clock;
    private final Notifier notifier;

    public VendorAnswers(ServiceRequestRepository requests, CaseRepository cases, Clock clock, Notifier notifier) {
        this.requests = requests;
        this.cases = cases;
        this.clock = clock;
        this.notifier = notifier;
    }

    /** Applies new vendor notes and status to the request and its cases; returns whether anything changed. */
    public boolean apply(ServiceRequest request, List<ServiceRequestNote> newNotes, Optional<ServiceRequestStatus> status,
                         String by) {
        List<Case> cases = request.caseIds().stream().map(this.cases::find).flatMap(Optional::stream).toList();
        boolean changed = false;
        String number = request.vendorRequestNumber().orElse(request.id().value());
        List<Case> noted = cases.stream().filter(c -> c.status().isOpen() || c.status() == CaseStatus.RESOLVED)
                .toList();
        if (!newNotes.isEmpty() && !noted.isEmpty()) {
            notifier.raise(Notifier.Event.about(NotificationEvent.CASE_VENDOR_NOTE, noted,
                    "The vendor wrote on service request " + number,
                    String.join("\n\n", newNotes.stream().map(n -> n.author() + " wrote: " + n.text()).toList()))
                    .onRequest(request.id()), clock.instant());
        }
        for (ServiceRequestNote note : newNotes) {
            request.addNote(note);
            for (Case c : cases) {
                if (c.status().isOpen() || c.status() == CaseStatus.RESOLVED) {
                    this.cases.appendNote(c.id(), new CaseNote(NoteKind.VENDOR, "vendor", note.text(), note.createdAt()));
                }
            }
            changed = true;
        }
        if (status.isPresent() && request.statusFromVendor(status.get(), clock.instant())) {
            changed = true;
            boolean attention = status.get() == ServiceRequestStatus.ATTENTION_NEEDED;
            List<Case> flagged = new ArrayList<>();
            for (Case c : cases) {
                if (c.flagAttention(attention && c.status().isOpen(), clock.instant())) {
                    flagged.add(c);
                }
                if (c.hasUnsavedChanges()) {
                    this.cases.update(c);
                }
                if (status.get() == ServiceRequestStatus.CLOSED && c.status().isOpen()) {
                    this.cases.appendNote(c.id(), new CaseNote(NoteKind.VENDOR, by,
                            "The vendor closed service request " + request.vendorRequestNumber().orElse(request.id().value())
                                    + ": resolve the case once the customer confirms", clock.instant()));
                }
            }
            if (!flagged.isEmpty()) {
                notifier.raise(Notifier.Event.about(NotificationEvent.CASE_ATTENTION_NEEDED, flagged,
                        "The vendor needs the partner on service request " + number,
                        "The vendor set service request " + number + " (" + request.title() + ") to attention"
                                + " needed: it waits on the partner.").onRequest(request.id()), clock.instant());
            }
        }
        if (changed) {
            requests.update(request);
        }
        return changed;
    }
}
