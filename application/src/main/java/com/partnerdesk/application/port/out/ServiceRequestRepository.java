package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import com.partnerdesk.domain.servicerequest.UnlinkedVendorRequest;
import java.util.List;
import java.util.Optional;

/** Service requests filed with the vendor. */
public interface ServiceRequestRepository {
    void insert(ServiceRequest request);

    /** Stores changes; refuses with a StaleVersionException when someone else saved it first. */
    void update(ServiceRequest request);

    Optional<ServiceRequest> find(ServiceRequestId id);

    Optional<ServiceRequest> findByCluster(ClusterId cluster);

    /** The id of the latest request filed for {@code cluster}, without loading it. */
    Optional<ServiceRequestId> idByCluster(ClusterId cluster);

    /**
     * Appends {@code caseId} to the request's cases, unless it is there already, and moves the request's version as
     * {@link ServiceRequest#linkCase} does; reads none of the request's other cases.
     */
    void linkCase(ServiceRequestId request, CaseId caseId);

    List<ServiceRequest> list(Optional<ServiceRequestStatus> status, int offset, int limit);

    /** The customer's requests, newest first, at most {@code limit}. */
    List<ServiceRequest> forTenant(com.partnerdesk.domain.customer.TenantId tenantId, int limit);

    /** Requests acknowledged by the vendor and not closed: the ones to sync. */
    List<ServiceRequest> awaitingVendor();

    /** The request the vendor knows by this number, if one of the desk's requests carries it. */
    Optional<ServiceRequestId> idByVendorNumber(String vendorRequestNumber);

    /**
     * Sets the customer's unlinked vendor requests to {@code found}: new ones are added, ones the vendor no longer lists
     * are dropped, and one already known keeps the time it was first found.
     */
    void replaceUnlinked(com.partnerdesk.domain.customer.TenantId customer, List<UnlinkedVendorRequest> found);

    /** The customer's unlinked vendor requests, newest first. */
    List<UnlinkedVendorRequest> unlinked(com.partnerdesk.domain.customer.TenantId customer);

    /** Drops an unlinked vendor request once it is linked (its number recorded on a request of the desk). */
    void removeUnlinked(String vendorRequestNumber);
}
