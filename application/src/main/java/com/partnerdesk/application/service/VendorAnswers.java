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
import java.time.Clock;
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

    public VendorAnswers(ServiceRequestRepository requests, CaseRepository cases, Clock clock) {
        this.requests = requests;
        this.cases = cases;
        this.clock = clock;
    }

    /** Applies new vendor notes and status to the request and its cases; returns whether anything changed. */
    public boolean apply(ServiceRequest request, List<ServiceRequestNote> newNotes, Optional<ServiceRequestStatus> status,
                         String by) {
        List<Case> cases = request.caseIds().stream().map(this.cases::find).flatMap(Optional::stream).toList();
        boolean changed = false;
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
            for (Case c : cases) {
                c.flagAttention(attention && c.status().isOpen(), clock.instant());
                if (c.hasUnsavedChanges()) {
                    this.cases.update(c);
                }
                if (status.get() == ServiceRequestStatus.CLOSED && c.status().isOpen()) {
                    this.cases.appendNote(c.id(), new CaseNote(NoteKind.VENDOR, by,
                            "The vendor closed service request " + request.vendorRequestNumber().orElse(request.id().value())
                                    + ": resolve the case once the customer confirms", clock.instant()));
                }
            }
        }
        if (changed) {
            requests.update(request);
        }
        return changed;
    }
}
