package com.partnerdesk.adapters.web.servicerequests;

import com.partnerdesk.adapters.web.support.Inputs;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.UpdateServiceRequestCommand;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import java.util.Optional;

/** Reads what an agent sends about a service request, from a page's form or an API body, with the same field names. */
final class ServiceRequestInput {
    private ServiceRequestInput() {
    }

    /** A new note, a new status, or both. */
    static UpdateServiceRequestCommand update(Inputs in, Caller caller, ServiceRequestId id) {
        Optional<String> note = in.text("newNote");
        Optional<ServiceRequestStatus> status = in.enumValue("status", ServiceRequestStatus.class);
        if (note.isEmpty() && status.isEmpty()) {
            in.fault("newNote", "give a new note, a status, or both");
        }
        in.check();
        return new UpdateServiceRequestCommand(caller, id, note, status, false);
    }

    /**
     * The vendor's request number; its shape is the domain's to check, after the permission check, so that a refused
     * role is refused (and audited) whatever it typed.
     */
    static String vendorRequestNumber(Inputs in) {
        String number = in.text("vendorRequestNumber").orElseGet(() -> {
            in.fault("vendorRequestNumber",
                    "is required: the request number the vendor's portal shows, such as 2611240040001234");
            return null;
        });
        in.check();
        return number;
    }
}
