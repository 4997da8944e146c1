package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.ids.ServiceRequestId;

/** Takes service requests to the vendor through the outbox, and brings the vendor's answers back. */
public interface DeliverServiceRequestsUseCase {
    /** Delivers every outbox entry that is due; retries with backoff; parks an entry that keeps failing. */
    DeliveryReport submitPending(Caller caller);

    /**
     * Sends the partner's notes and status changes to the vendor, each request's in the order they were made, once
     * the vendor knows the request by its number; retries with backoff; parks an update that keeps failing.
     */
    UpdateReport sendUpdates(Caller caller);

    /**
     * Pulls status and notes of every submitted, unclosed request from the vendor, and lists each customer's requests
     * at the vendor to find those whose number no request of the desk carries (filed in the portal, never recorded).
     */
    SyncReport sync(Caller caller);

    /** The portal path: the agent filed the request in the vendor's portal and records its number. */
    ServiceRequestView recordVendorNumber(Caller caller, ServiceRequestId id, String vendorNumber);

    record DeliveryReport(int delivered, int awaitingAgent, int retrying, int parked) {
    }

    record UpdateReport(int delivered, int handedToAgent, int retrying, int parked) {
    }

    /**
     * {@code checked} requests read, {@code changed} of them changed, {@code failed} vendor reads or lists that failed,
     * {@code unlinked} vendor requests known now under numbers no request of the desk carries.
     */
    record SyncReport(int checked, int changed, int failed, int unlinked) {
    }
}
