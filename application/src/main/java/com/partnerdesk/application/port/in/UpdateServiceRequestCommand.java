package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import java.util.Optional;

/** A new note, a new status, or both; {@code fromVendor} marks what the vendor sent back. */
public record UpdateServiceRequestCommand(Caller caller, ServiceRequestId id, Optional<String> newNote,
                                          Optional<ServiceRequestStatus> status, boolean fromVendor) {
    public UpdateServiceRequestCommand {
        newNote = newNote == null ? Optional.empty() : newNote.map(String::strip).filter(s -> !s.isEmpty());
        status = status == null ? Optional.empty() : status;
        if (newNote.isEmpty() && status.isEmpty()) {
            throw new InvalidValueException("newNote", "give a new note, a status, or both");
        }
    }
}
