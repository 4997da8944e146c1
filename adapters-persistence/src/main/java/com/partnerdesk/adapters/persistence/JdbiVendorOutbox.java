package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.port.out.VendorOutbox;
import com.partnerdesk.domain.ids.ServiceRequestId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The vendor outbox in SQLite, written in the same transaction as the service request. */
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
    public List<OutboxEntry> due(Instant now, int limit) {
        return db.read(h -> h.createQuery("SELECT * FROM vendor_outbox WHERE state = 'PENDING' AND next_attempt_at <= :now "
                        + "ORDER BY next_attempt_at, created_at, request_id LIMIT :limit")
                .bind("now", Rows.text(now)).bind("limit", limit).map((rs, ctx) -> entry(rs)).list());
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

    private static OutboxEntry entry(ResultSet rs) throws SQLException {
        return new OutboxEntry(ServiceRequestId.of(rs.getString("request_id")), rs.getString("correlation_id"),
                rs.getInt("attempts"), Rows.instant(rs.getString("next_attempt_at")),
                OutboxState.valueOf(rs.getString("state")), rs.getString("last_error"),
                Rows.instant(rs.getString("created_at")));
    }
}
