package com.partnerdesk.domain.servicerequest;

import com.partnerdesk.domain.catalogue.SupportTopic;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.common.Require;
import com.partnerdesk.domain.customer.CountryCode;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.partner.Contact;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The request filed with the vendor for a customer, in the vendor's terms: filed in the customer's
 * context, with the partner's contact. Its status comes back from the vendor.
 */
public final class ServiceRequest {
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 20_000;

    private final ServiceRequestId id;
    private final TenantId customer;
    private final List<CaseId> caseIds;
    private final Optional<ClusterId> clusterId;
    private final String title;
    private final String description;
    private final Severity severity;
    private final SupportTopic supportTopic;
    private final CountryCode countryCode;
    private final Contact primaryContact;
    private final String organization;
    private final Instant createdAt;
    private ServiceRequestStatus status;
    private Optional<String> vendorRequestNumber;
    private Optional<Instant> submittedAt;
    private Optional<Instant> firstResponseAt;
    private Optional<Instant> lastClosedAt;
    private Instant lastModifiedAt;
    private final List<ServiceRequestNote> notes;
    private final long storedVersion;
    private long version;

    private ServiceRequest(ServiceRequestId id, TenantId customer, List<CaseId> caseIds, Optional<ClusterId> clusterId,
                           String title, String description, Severity severity, SupportTopic supportTopic,
                           CountryCode countryCode, Contact primaryContact, String organization, Instant createdAt,
                           ServiceRequestStatus status, Optional<String> vendorRequestNumber,
                           Optional<Instant> submittedAt, Optional<Instant> firstResponseAt,
                           Optional<Instant> lastClosedAt, Instant lastModifiedAt, List<ServiceRequestNote> notes,
                           long storedVersion) {
        this.id = Require.present("id", id);
        this.customer = Require.present("tenantId", customer);
        this.caseIds = new ArrayList<>(Require.notEmpty("caseIds", caseIds));
        this.clusterId = Require.present("clusterId", clusterId);
        this.title = Require.text("title", title, MAX_TITLE);
        this.description = Require.text("description", description, MAX_DESCRIPTION);
        this.severity = Require.present("severity", severity);
        if (!severity.known()) {
            throw new InvalidValueException("severity", "a service request needs a known severity, not unknown");
        }
        this.supportTopic = Require.present("supportTopic", supportTopic);
        this.countryCode = Require.present("countryCode", countryCode);
        this.primaryContact = Require.present("primaryContact", primaryContact);
        this.organization = Require.text("organization", organization, 200);
        this.createdAt = Require.present("createdDate", createdAt);
        this.status = Require.present("status", status);
        this.vendorRequestNumber = Require.present("vendorRequestNumber", vendorRequestNumber);
        this.submittedAt = Require.present("submittedAt", submittedAt);
        this.firstResponseAt = Require.present("firstResponseAt", firstResponseAt);
        this.lastClosedAt = Require.present("lastClosedDate", lastClosedAt);
        this.lastModifiedAt = Require.present("lastModifiedDate", lastModifiedAt);
        this.notes = new ArrayList<>(Require.present("notes", notes));
        this.storedVersion = storedVersion;
        this.version = storedVersion;
    }

    /** A request ready to go to the vendor: status {@code none} until the vendor acknowledges it. */
    public static ServiceRequest file(ServiceRequestId id, TenantId customer, List<CaseId> caseIds,
                                      Optional<ClusterId> clusterId, String title, String description,
                                      Severity severity, SupportTopic supportTopic, CountryCode countryCode,
                                      Contact primaryContact, String organization, Instant at) {
        ServiceRequest filed = new ServiceRequest(id, customer, caseIds, clusterId, title, description, severity,
                supportTopic, countryCode, primaryContact, organization, at, ServiceRequestStatus.NONE,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), at, List.of(), 0);
        filed.version = 1;
        return filed;
    }

    public static ServiceRequest rehydrate(ServiceRequestId id, TenantId customer, List<CaseId> caseIds,
                                           Optional<ClusterId> clusterId, String title, String description,
                                           Severity severity, SupportTopic supportTopic, CountryCode countryCode,
                                           Contact primaryContact, String organization, Instant createdAt,
                                           ServiceRequestStatus status, Optional<String> vendorRequestNumber,
                                           Optional<Instant> submittedAt, Optional<Instant> firstResponseAt,
                                           Optional<Instant> lastClosedAt, Instant lastModifiedAt,
                                           List<ServiceRequestNote> notes, long version) {
        return new ServiceRequest(id, customer, caseIds, clusterId, title, description, severity, supportTopic,
                countryCode, primaryContact, organization, createdAt, status, vendorRequestNumber, submittedAt,
                firstResponseAt, lastClosedAt, lastModifiedAt, notes, version);
    }

    /** The vendor acknowledged the request under its own number: the vendor clock starts. */
    public void submitted(String vendorNumber, Instant at) {
        String number = VendorRequestNumber.of(vendorNumber).value();
        if (submittedAt.isPresent()) {
            if (vendorRequestNumber.map(number::equals).orElse(false)) {
                return;
            }
            throw new InvalidValueException("vendorRequestNumber", "service request " + id
                    + " was already submitted as " + vendorRequestNumber.orElse("?") + ", not " + number);
        }
        moveTo(ServiceRequestStatus.OPEN, at);
        vendorRequestNumber = Optional.of(number);
        submittedAt = Optional.of(at);
        touch(at);
    }

    /** A status that came back from the vendor; the same status again changes nothing. */
    public boolean statusFromVendor(ServiceRequestStatus newStatus, Instant at) {
        Require.present("status", newStatus);
        if (newStatus == status) {
            return false;
        }
        moveTo(newStatus, at);
        vendorResponded(at);
        touch(at);
        return true;
    }

    /** A status the partner sets (e.g. closing a request the customer no longer needs). */
    public void statusFromPartner(ServiceRequestStatus newStatus, Instant at) {
        Require.present("status", newStatus);
        if (newStatus != status) {
            moveTo(newStatus, at);
            touch(at);
        }
    }

    public void addNote(ServiceRequestNote note) {
        Require.present("note", note);
        if (status == ServiceRequestStatus.CLOSED) {
            throw new IllegalServiceRequestTransitionException("Service request " + id
                    + " is closed: it takes no more notes; open a new case if the problem is back");
        }
        notes.add(note);
        if (note.fromVendor()) {
            vendorResponded(note.createdAt());
        }
        touch(note.createdAt());
    }

    private void moveTo(ServiceRequestStatus target, Instant at) {
        if (!status.canMoveTo(target)) {
            throw new IllegalServiceRequestTransitionException(status, target);
        }
        status = target;
        if (target == ServiceRequestStatus.CLOSED) {
            lastClosedAt = Optional.of(at);
        }
    }

    private void vendorResponded(Instant at) {
        if (firstResponseAt.isEmpty() && submittedAt.isPresent()) {
            firstResponseAt = Optional.of(at);
        }
    }

    private void touch(Instant at) {
        if (at.isAfter(lastModifiedAt)) {
            lastModifiedAt = at;
        }
        version = storedVersion + 1;
    }

    // --- the vendor clock ----------------------------------------------------------------------

    public Duration responseTarget() {
        return severity.responseTarget();
    }

    /** When the vendor should have answered: submission plus the severity's target. */
    public Optional<Instant> responseDueAt() {
        return submittedAt.map(at -> at.plus(responseTarget()));
    }

    /** The vendor has not answered in time, judged at {@code now}. */
    public boolean isResponseTargetBreached(Instant now) {
        return responseDueAt().map(due -> firstResponseAt.map(r -> r.isAfter(due)).orElse(now.isAfter(due)))
                .orElse(false);
    }

    /** Time left before the target is breached (negative once past it); empty once answered or before submission. */
    public Optional<Duration> responseTimeLeft(Instant now) {
        if (firstResponseAt.isPresent()) {
            return Optional.empty();
        }
        return responseDueAt().map(due -> Duration.between(now, due));
    }

    // --- state ---------------------------------------------------------------------------------

    public ServiceRequestId id() {
        return id;
    }

    public TenantId customer() {
        return customer;
    }

    public List<CaseId> caseIds() {
        return List.copyOf(caseIds);
    }

    /** A case that joins the cluster after it was escalated follows this request too. */
    public void linkCase(CaseId caseId) {
        if (!caseIds.contains(caseId)) {
            caseIds.add(caseId);
            version = storedVersion + 1;
        }
    }

    public Optional<ClusterId> clusterId() {
        return clusterId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Severity severity() {
        return severity;
    }

    public SupportTopic supportTopic() {
        return supportTopic;
    }

    public String productName() {
        return supportTopic.productFamily().productName();
    }

    public CountryCode countryCode() {
        return countryCode;
    }

    public Contact primaryContact() {
        return primaryContact;
    }

    public String organization() {
        return organization;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public ServiceRequestStatus status() {
        return status;
    }

    public Optional<String> vendorRequestNumber() {
        return vendorRequestNumber;
    }

    public Optional<Instant> submittedAt() {
        return submittedAt;
    }

    public Optional<Instant> firstResponseAt() {
        return firstResponseAt;
    }

    public Optional<Instant> lastClosedAt() {
        return lastClosedAt;
    }

    public Instant lastModifiedAt() {
        return lastModifiedAt;
    }

    public List<ServiceRequestNote> notes() {
        return List.copyOf(notes);
    }

    public long storedVersion() {
        return storedVersion;
    }

    public long version() {
        return version;
    }
}
