package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.port.out.HealthSyncStatusRepository;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.health.HealthSyncStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** How the last reading of each customer's service-health feed went, one row per customer. */
public final class JdbiHealthSyncStatusRepository implements HealthSyncStatusRepository {
    private final SqliteDatabase db;

    JdbiHealthSyncStatusRepository(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<HealthSyncStatus> find(TenantId customer) {
        return db.read(h -> h.createQuery("SELECT * FROM health_sync_status WHERE tenant_id = :id")
                .bind("id", customer.value()).map((rs, ctx) -> status(rs)).findOne());
    }

    @Override
    public void record(HealthSyncStatus status) {
        db.write(h -> h.createUpdate("""
                        INSERT INTO health_sync_status (tenant_id, attempted_at, succeeded_at, issues_brought, failure,
                            next_try_at, watermark)
                        VALUES (:id, :attempted, :succeeded, :issues, :failure, :next, :watermark)
                        ON CONFLICT (tenant_id) DO UPDATE SET attempted_at = excluded.attempted_at,
                            succeeded_at = excluded.succeeded_at, issues_brought = excluded.issues_brought,
                            failure = excluded.failure, next_try_at = excluded.next_try_at,
                            watermark = excluded.watermark""")
                .bind("id", status.customer().value())
                .bind("attempted", Rows.text(status.attemptedAt()))
                .bind("succeeded", Rows.text(status.succeededAt()))
                .bind("issues", status.issuesBrought())
                .bind("failure", status.failure().orElse(null))
                .bind("next", Rows.text(status.nextTryAt()))
                .bind("watermark", Rows.text(status.watermark()))
                .execute());
    }

    @Override
    public List<HealthSyncStatus> all() {
        return db.read(h -> h.createQuery("SELECT * FROM health_sync_status ORDER BY tenant_id")
                .map((rs, ctx) -> status(rs)).list());
    }

    private static HealthSyncStatus status(ResultSet rs) throws SQLException {
        return new HealthSyncStatus(TenantId.of(rs.getString("tenant_id")), Rows.instant(rs.getString("attempted_at")),
                Rows.optionalInstant(rs.getString("succeeded_at")), rs.getInt("issues_brought"),
                Optional.ofNullable(rs.getString("failure")), Rows.optionalInstant(rs.getString("next_try_at")),
                Rows.optionalInstant(rs.getString("watermark")));
    }
}
