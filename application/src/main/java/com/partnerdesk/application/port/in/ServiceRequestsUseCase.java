package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import java.util.List;
import java.util.Optional;

/** Reads and updates service requests: a new note or status, from an agent or from the vendor. */
public interface ServiceRequestsUseCase {
    ServiceRequestView get(Caller caller, ServiceRequestId id);

    List<ServiceRequestView> list(Caller caller, Optional<ServiceRequestStatus> status, int offset, int limit);

    ServiceRequestView update(UpdateServiceRequestCommand command);
}
