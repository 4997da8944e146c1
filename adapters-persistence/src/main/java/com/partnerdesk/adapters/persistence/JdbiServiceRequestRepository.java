package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.error.StaleVersionException;
import com.partnerdesk.application.port.out.ServiceRequestRepository;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.catalogue.ProductFamily;
import com.partnerdesk.domain.catalogue.SupportTopic;
import com.partnerdesk.domain.catalogue.SupportTopicId;
import com.partnerdesk.domain.customer.CountryCode;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.partner.Contact;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.servicerequest.ServiceRequestNote;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import com.partnerdesk.domain.servicerequest.Severity;
import com.partnerdesk.domain.servicerequest.UnlinkedVendorRequest;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/** Vendor service requests in SQLite, with the same optimistic version check as cases. */
public final class JdbiServiceRequestRepository implements ServiceRequestRepository {
    private final SqliteDatabase db;

    JdbiServiceRequestRepository(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public void insert(ServiceRequest request) {
        db.write(h -> {
            bindAll(h.createUpdate("""
                    INSERT INTO service_requests (id, tenant_id, cluster_id, title, description, severity, topic_id,
                        topic_name, topic_family, country, contact_name, contact_email, contact_phone, organization,
                        created_at, status, vendor_request_number, submitted_at, first_response_at, last_closed_at,
                        last_modified_at, version)
                    VALUES (:id, :tenantId, :clusterId, :title, :description, :severity, :topicId, :topicName,
                        :topicFamily, :country, :contactName, :contactEmail, :contactPhone, :organization, :createdAt,
                        :status, :vendorNumber, :submittedAt, :firstResponseAt, :lastClosedAt, :lastModifiedAt,
                        :version)"""), request).execute();
            writeChildren(h, request);
            return null;
        });
    }

    @Override
    public void update(ServiceRequest request) {
        db.write(h -> {
            String id = request.id().value();
            int rows = bindAll(h.createUpdate("""
                    UPDATE service_requests SET tenant_id = :tenantId, cluster_id = :clusterId, title = :title,
                        description = :description, severity = :severity, topic_id = :topicId, topic_name = :topicName,
                        topic_family = :topicFamily, country = :country, contact_name = :contactName,
                        contact_email = :contactEmail, contact_phone = :contactPhone, organization = :organization,
                        created_at = :createdAt, status = :status, vendor_request_number = :vendorNumber,
                        submitted_at = :submittedAt, first_response_at = :firstResponseAt,
                        last_closed_at = :lastClosedAt, last_modified_at = :lastModifiedAt, version = :version
                    WHERE id = :id AND version = :storedVersion"""), request)
                    .bind("storedVersion", request.storedVersion())
                    .execute();
            if (rows == 0) {
                Optional<Long> current = h.createQuery("SELECT version FROM service_requests WHERE id = :id")
                        .bind("id", id).mapTo(Long.class).findOne();
                if (current.isEmpty()) {
                    throw new NotFoundException("Service request", id);
                }
                throw new StaleVersionException("Service request", id, request.storedVersion(), current.get());
            }
            appendChildren(h, request);
            return null;
        });
    }

    /**
     * A request's cases and notes are only ever appended to (a cluster's request gains a case with each report that
     * follows it), and the version check above proves the rows stored are the ones it was loaded with: only the new
     * ones are written. Rewriting all of them made every report after a cluster's escalation cost as many statements as
     * the cluster had cases.
     */
    private static void appendChildren(Handle h, ServiceRequest r) {
        String id = r.id().value();
        int storedCases = next(h, "service_request_cases", id);
        int storedNotes = next(h, "service_request_notes", id);
        if (storedCases > r.caseIds().size() || storedNotes > r.notes().size()) {
            throw new IllegalStateException("Service request " + id + " has more cases or notes stored than loaded");
        }
        for (int p = storedCases; p < r.caseIds().size(); p++) {
            h.createUpdate("INSERT INTO service_request_cases (request_id, position, case_id) VALUES (:id, :p, :c)")
                    .bind("id", id).bind("p", p).bind("c", r.caseIds().get(p).value()).execute();
        }
        for (int p = storedNotes; p < r.notes().size(); p++) {
            insertNote(h, id, p, r.notes().get(p));
        }
    }

    /** The next free position of a request's rows in {@code table}: how many it has (positions count from 0). */
    private static int next(Handle h, String table, String id) {
        return h.createQuery("SELECT coalesce(max(position) + 1, 0) FROM " + table + " WHERE request_id = :id")
                .bind("id", id).mapTo(Integer.class).one();
    }

    @Override
    public Optional<ServiceRequest> find(ServiceRequestId id) {
        return db.read(h -> h.createQuery("SELECT id FROM service_requests WHERE id = :id").bind("id", id.value())
                .mapTo(String.class).findOne().map(found -> load(h, found)));
    }

    @Override
    public Optional<ServiceRequest> findByCluster(ClusterId cluster) {
        return db.read(h -> h.createQuery(
                        "SELECT id FROM service_requests WHERE cluster_id = :cluster ORDER BY created_at DESC LIMIT 1")
                .bind("cluster", cluster.value()).mapTo(String.class).findOne().map(found -> load(h, found)));
    }

    @Override
    public Optional<ServiceRequestId> idByCluster(ClusterId cluster) {
        return db.read(h -> h.createQuery(
                        "SELECT id FROM service_requests WHERE cluster_id = :cluster ORDER BY created_at DESC LIMIT 1")
                .bind("cluster", cluster.value()).mapTo(String.class).findOne().map(ServiceRequestId::of));
    }

    /** One row appended at the next position (a seek in the primary key), and the version moved; nothing else read. */
    @Override
    public void linkCase(ServiceRequestId request, CaseId caseId) {
        db.write(h -> {
            String id = request.value();
            boolean present = h.createQuery(
                            "SELECT 1 FROM service_request_cases WHERE request_id = :id AND case_id = :c")
                    .bind("id", id).bind("c", caseId.value()).mapTo(Integer.class).findOne().isPresent();
            if (present) {
                return null;
            }
            int rows = h.createUpdate("UPDATE service_requests SET version = version + 1 WHERE id = :id")
                    .bind("id", id).execute();
            if (rows == 0) {
                throw new NotFoundException("Service request", id);
            }
            h.createUpdate("INSERT INTO service_request_cases (request_id, position, case_id) VALUES (:id, :p, :c)")
                    .bind("id", id).bind("p", next(h, "service_request_cases", id)).bind("c", caseId.value())
                    .execute();
            return null;
        });
    }

    @Override
    public List<ServiceRequest> list(Optional<ServiceRequestStatus> status, int offset, int limit) {
        return db.read(h -> {
            var query = h.createQuery("SELECT id FROM service_requests"
                    + (status.isPresent() ? " WHERE status = :status" : "")
                    + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset");
            status.ifPresent(s -> query.bind("status", s.name()));
            return query.bind("limit", limit).bind("offset", offset).mapTo(String.class).list().stream()
                    .map(id -> load(h, id)).toList();
        });
    }

    @Override
    public List<ServiceRequest> forTenant(TenantId tenantId, int limit) {
        return db.read(h -> h.createQuery("SELECT id FROM service_requests WHERE tenant_id = :tenantId"
                        + " ORDER BY created_at DESC, id LIMIT :limit")
                .bind("tenantId", tenantId.value()).bind("limit", limit).mapTo(String.class).list().stream()
                .map(id -> load(h, id)).toList());
    }

    @Override
    public List<ServiceRequest> awaitingVendor() {
        return db.read(h -> h.createQuery("SELECT id FROM service_requests WHERE vendor_request_number IS NOT NULL "
                        + "AND status IN ('OPEN', 'ATTENTION_NEEDED') ORDER BY created_at, id")
                .mapTo(String.class).list().stream().map(id -> load(h, id)).toList());
    }

    @Override
    public Optional<ServiceRequestId> idByVendorNumber(String vendorRequestNumber) {
        return db.read(h -> h.createQuery("SELECT id FROM service_requests WHERE vendor_request_number = :number"
                        + " ORDER BY created_at LIMIT 1")
                .bind("number", vendorRequestNumber).mapTo(String.class).findOne().map(ServiceRequestId::of));
    }

    @Override
    public void replaceUnlinked(TenantId customer, List<UnlinkedVendorRequest> found) {
        db.write(h -> {
            for (UnlinkedVendorRequest u : found) {
                if (!u.customer().equals(customer)) {
                    throw new IllegalArgumentException("unlinked request " + u.vendorRequestNumber() + " belongs to "
                            + u.customer() + ", not " + customer);
                }
            }
            var keep = h.createUpdate("DELETE FROM unlinked_vendor_requests WHERE tenant_id = :tenantId"
                    + (found.isEmpty() ? "" : " AND vendor_request_number NOT IN (<numbers>)"))
                    .bind("tenantId", customer.value());
            if (!found.isEmpty()) {
                keep.bindList("numbers", found.stream().map(UnlinkedVendorRequest::vendorRequestNumber).toList());
            }
            keep.execute();
            for (UnlinkedVendorRequest u : found) {
                h.createUpdate("""
                        INSERT INTO unlinked_vendor_requests (vendor_request_number, tenant_id, title, severity, status,
                            created_date, found_at)
                        VALUES (:number, :tenantId, :title, :severity, :status, :createdDate, :foundAt)
                        ON CONFLICT (vendor_request_number) DO UPDATE SET tenant_id = excluded.tenant_id,
                            title = excluded.title, severity = excluded.severity, status = excluded.status,
                            created_date = excluded.created_date""")
                        .bind("number", u.vendorRequestNumber()).bind("tenantId", customer.value())
                        .bind("title", u.title()).bind("severity", u.severity().name())
                        .bind("status", u.status().map(ServiceRequestStatus::name).orElse(null))
                        .bind("createdDate", Rows.text(u.createdDate()))
                        .bind("foundAt", Rows.text(u.foundAt())).execute();
            }
            return null;
        });
    }

    @Override
    public List<UnlinkedVendorRequest> unlinked(TenantId customer) {
        return db.read(h -> h.createQuery("SELECT * FROM unlinked_vendor_requests WHERE tenant_id = :tenantId"
                        + " ORDER BY coalesce(created_date, found_at) DESC, vendor_request_number")
                .bind("tenantId", customer.value())
                .map((rs, ctx) -> new UnlinkedVendorRequest(TenantId.of(rs.getString("tenant_id")),
                        rs.getString("vendor_request_number"), rs.getString("title"),
                        Severity.valueOf(rs.getString("severity")),
                        Optional.ofNullable(rs.getString("status")).map(ServiceRequestStatus::valueOf),
                        Rows.optionalInstant(rs.getString("created_date")), Rows.instant(rs.getString("found_at"))))
                .list());
    }

    @Override
    public void removeUnlinked(String vendorRequestNumber) {
        db.write(h -> h.createUpdate("DELETE FROM unlinked_vendor_requests WHERE vendor_request_number = :number")
                .bind("number", vendorRequestNumber).execute());
    }

    private static Update bindAll(Update update, ServiceRequest r) {
        return update
                .bind("id", r.id().value())
                .bind("tenantId", r.customer().value())
                .bind("clusterId", r.clusterId().map(ClusterId::value).orElse(null))
                .bind("title", r.title())
                .bind("description", r.description())
                .bind("severity", r.severity().name())
                .bind("topicId", r.supportTopic().id().value())
                .bind("topicName", r.supportTopic().name())
                .bind("topicFamily", r.supportTopic().productFamily().name())
                .bind("country", r.countryCode().value())
                .bind("contactName", r.primaryContact().name())
                .bind("contactEmail", r.primaryContact().email().value())
                .bind("contactPhone", r.primaryContact().phone())
                .bind("organization", r.organization())
                .bind("createdAt", Rows.text(r.createdAt()))
                .bind("status", r.status().name())
                .bind("vendorNumber", r.vendorRequestNumber().orElse(null))
                .bind("submittedAt", Rows.text(r.submittedAt()))
                .bind("firstResponseAt", Rows.text(r.firstResponseAt()))
                .bind("lastClosedAt", Rows.text(r.lastClosedAt()))
                .bind("lastModifiedAt", Rows.text(r.lastModifiedAt()))
                .bind("version", r.version());
    }

    private static void writeChildren(Handle h, ServiceRequest r) {
        int position = 0;
        for (CaseId caseId : r.caseIds()) {
            h.createUpdate("INSERT INTO service_request_cases (request_id, position, case_id) VALUES (:id, :p, :c)")
                    .bind("id", r.id().value()).bind("p", position++).bind("c", caseId.value()).execute();
        }
        position = 0;
        for (ServiceRequestNote note : r.notes()) {
            insertNote(h, r.id().value(), position++, note);
        }
    }

    private static void insertNote(Handle h, String id, int position, ServiceRequestNote note) {
        h.createUpdate("INSERT INTO service_request_notes (request_id, position, author, text, created_at, from_vendor) "
                        + "VALUES (:id, :p, :author, :text, :at, :vendor)")
                .bind("id", id).bind("p", position).bind("author", note.author())
                .bind("text", note.text()).bind("at", Rows.text(note.createdAt())).bind("vendor", note.fromVendor())
                .execute();
    }

    private static ServiceRequest load(Handle h, String id) {
        List<CaseId> caseIds = h.createQuery(
                        "SELECT case_id FROM service_request_cases WHERE request_id = :id ORDER BY position")
                .bind("id", id).map((rs, ctx) -> CaseId.of(rs.getString(1))).list();
        List<ServiceRequestNote> notes = h.createQuery(
                        "SELECT * FROM service_request_notes WHERE request_id = :id ORDER BY position")
                .bind("id", id)
                .map((rs, ctx) -> new ServiceRequestNote(rs.getString("author"), rs.getString("text"),
                        Rows.instant(rs.getString("created_at")), rs.getBoolean("from_vendor")))
                .list();
        return h.createQuery("SELECT * FROM service_requests WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> ServiceRequest.rehydrate(
                        ServiceRequestId.of(rs.getString("id")), TenantId.of(rs.getString("tenant_id")), caseIds,
                        Optional.ofNullable(rs.getString("cluster_id")).map(ClusterId::of), rs.getString("title"),
                        rs.getString("description"), Severity.valueOf(rs.getString("severity")),
                        new SupportTopic(SupportTopicId.of(rs.getString("topic_id")), rs.getString("topic_name"),
                                ProductFamily.valueOf(rs.getString("topic_family"))),
                        CountryCode.of(rs.getString("country")),
                        new Contact(rs.getString("contact_name"), Email.of(rs.getString("contact_email")),
                                rs.getString("contact_phone")),
                        rs.getString("organization"), Rows.instant(rs.getString("created_at")),
                        ServiceRequestStatus.valueOf(rs.getString("status")),
                        Optional.ofNullable(rs.getString("vendor_request_number")),
                        Rows.optionalInstant(rs.getString("submitted_at")),
                        Rows.optionalInstant(rs.getString("first_response_at")),
                        Rows.optionalInstant(rs.getString("last_closed_at")),
                        Rows.instant(rs.getString("last_modified_at")), notes, rs.getLong("version")))
                .one();
    }
}
