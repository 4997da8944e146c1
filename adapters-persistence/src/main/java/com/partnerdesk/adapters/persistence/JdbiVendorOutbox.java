package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.port.out.VendorOutbox;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The vendor outbox in SQLite, written in the same transaction as the service request or update it carries. */
public final class JdbiVendorOutbox implements VendorOutbox {
    private final SqliteDatabase db;

    JdbiVendorOutbox(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public void enqueue(ServiceRequestId request, String correlationId, Instant at) {
        db.write(h -> h.createUpdate("""
                        INSERT INTO vendor_outbox (request_id, correlation_id, attempts, next_attempt_at, state,
                            last_error, created_at)
                        VALUES (:id, :correlation, 0, :at, 'PENDING', '', :at)
                        ON CONFLICT (request_id) DO NOTHING""")
                .bind("id", request.value()).bind("correlation", correlationId).bind("at", Rows.text(at)).execute());
    }

    @Override
    public List<OutboxEntry> claimDue(Instant now, Instant claimedUntil, int limit) {
        return db.write(h -> {
            List<OutboxEntry> due = h.createQuery("SELECT * FROM vendor_outbox WHERE state = 'PENDING' "
                            + "AND next_attempt_at <= :now ORDER BY next_attempt_at, created_at, request_id LIMIT :limit")
                    .bind("now", Rows.text(now)).bind("limit", limit).map((rs, ctx) -> entry(rs)).list();
            return OutboxClaims.claim(h, "UPDATE vendor_outbox SET next_attempt_at = :until WHERE request_id = :id", due,
                    entry -> entry.requestId().value(), claimedUntil);
        });
    }

    @Override
    public Optional<OutboxEntry> find(ServiceRequestId request) {
        return db.read(h -> h.createQuery("SELECT * FROM vendor_outbox WHERE request_id = :id")
                .bind("id", request.value()).map((rs, ctx) -> entry(rs)).findOne());
    }

    @Override
    public void delivered(ServiceRequestId request, Instant at) {
        db.write(h -> h.createUpdate("UPDATE vendor_outbox SET state = 'DELIVERED', delivered_at = :at WHERE request_id = :id")
                .bind("id", request.value()).bind("at", Rows.text(at)).execute());
    }

    @Override
    public void failed(ServiceRequestId request, int attempts, Instant nextAttemptAt, String error) {
        db.write(h -> h.createUpdate("UPDATE vendor_outbox SET attempts = :attempts, next_attempt_at = :next, "
                        + "last_error = :error, state = 'PENDING' WHERE request_id = :id")
                .bind("id", request.value()).bind("attempts", attempts).bind("next", Rows.text(nextAttemptAt))
                .bind("error", error == null ? "" : error).execute());
    }

    @Override
    public void park(ServiceRequestId request, int attempts, String error) {
        db.write(h -> h.createUpdate("UPDATE vendor_outbox SET attempts = :attempts, last_error = :error, "
                        + "state = 'PARKED' WHERE request_id = :id")
                .bind("id", request.value()).bind("attempts", attempts).bind("error", error == null ? "" : error)
                .execute());
    }

    @Override
    public List<OutboxEntry> parked() {
        return db.read(h -> h.createQuery("SELECT * FROM vendor_outbox WHERE state = 'PARKED' ORDER BY created_at, request_id")
                .map((rs, ctx) -> entry(rs)).list());
    }

    // --- the partner's updates -------------------------------------------------------------------------------

    @Override
    public void enqueueUpdate(ServiceRequestId request, Optional<String> note, Optional<ServiceRequestStatus> status,
                              String correlationId, Instant at) {
        db.write(h -> h.createUpdate("""
                        INSERT INTO vendor_update_outbox (request_id, note, status, correlation_id, attempts,
                            next_attempt_at, state, last_error, created_at)
                        VALUES (:id, :note, :status, :correlation, 0, :at, 'PENDING', '', :at)""")
                .bind("id", request.value()).bind("note", note.orElse(null))
                .bind("status", status.map(ServiceRequestStatus::name).orElse(null))
                .bind("correlation", correlationId).bind("at", Rows.text(at)).execute());
    }

    @Override
    public List<UpdateEntry> claimDueUpdates(Instant now, Instant claimedUntil, int limit) {
        return db.write(h -> {
            List<UpdateEntry> due = h.createQuery("""
                            SELECT u.* FROM vendor_update_outbox u
                            JOIN service_requests r ON r.id = u.request_id AND r.vendor_request_number IS NOT NULL
                            WHERE u.id IN (SELECT MIN(id) FROM vendor_update_outbox WHERE state = 'PENDING' GROUP BY request_id)
                              AND u.next_attempt_at <= :now
                            ORDER BY u.id LIMIT :limit""")
                    .bind("now", Rows.text(now)).bind("limit", limit).map((rs, ctx) -> update(rs)).list();
            return OutboxClaims.claim(h, "UPDATE vendor_update_outbox SET next_attempt_at = :until WHERE id = :id", due,
                    UpdateEntry::id, claimedUntil);
        });
    }

    @Override
    public List<UpdateEntry> updates(ServiceRequestId request) {
        return db.read(h -> h.createQuery("SELECT * FROM vendor_update_outbox WHERE request_id = :id ORDER BY id")
                .bind("id", request.value()).map((rs, ctx) -> update(rs)).list());
    }

    @Override
    public void finishUpdate(long updateId, OutboxState state, Instant at) {
        if (state != OutboxState.DELIVERED && state != OutboxState.HANDED_TO_AGENT) {
            throw new IllegalArgumentException("an update is finished as DELIVERED or HANDED_TO_AGENT, not " + state);
        }
        db.write(h -> h.createUpdate("UPDATE vendor_update_outbox SET state = :state, finished_at = :at WHERE id = :id")
                .bind("state", state.name()).bind("at", Rows.text(at)).bind("id", updateId).execute());
    }

    @Override
    public void updateFailed(long updateId, int attempts, Instant nextAttemptAt, String error) {
        db.write(h -> h.createUpdate("UPDATE vendor_update_outbox SET attempts = :attempts, next_attempt_at = :next, "
                        + "last_error = :error WHERE id = :id")
                .bind("attempts", attempts).bind("next", Rows.text(nextAttemptAt)).bind("error", error == null ? "" : error)
                .bind("id", updateId).execute());
    }

    @Override
    public void parkUpdate(long updateId, int attempts, String error) {
        db.write(h -> h.createUpdate("UPDATE vendor_update_outbox SET attempts = :attempts, last_error = :error, "
                        + "state = 'PARKED' WHERE id = :id")
                .bind("attempts", attempts).bind("error", error == null ? "" : error).bind("id", updateId).execute());
    }

    private static UpdateEntry update(ResultSet rs) throws SQLException {
        return new UpdateEntry(rs.getLong("id"), ServiceRequestId.of(rs.getString("request_id")),
                Optional.ofNullable(rs.getString("note")),
                Optional.ofNullable(rs.getString("status")).map(ServiceRequestStatus::valueOf),
                rs.getString("correlation_id"), rs.getInt("attempts"), Rows.instant(rs.getString("next_attempt_at")),
                OutboxState.valueOf(rs.getString("state")), rs.getString("last_error"),
                Rows.instant(rs.getString("created_at")));
    }

    private static OutboxEntry entry(ResultSet rs) throws SQLException {
        return new OutboxEntry(ServiceRequestId.of(rs.getString("request_id")), rs.getString("correlation_id"),
                rs.getInt("attempts"), Rows.instant(rs.getString("next_attempt_at")),
                OutboxState.valueOf(rs.getString("state")), rs.getString("last_error"),
                Rows.instant(rs.getString("created_at")));
    }
}
