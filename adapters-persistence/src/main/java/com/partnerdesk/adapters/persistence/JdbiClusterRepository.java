package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.port.out.ClusterRepository;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.Region;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;
import com.partnerdesk.domain.triage.ClusterFormation;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** Regional multi-tenant clusters in SQLite: cases and customers are only ever added. */
public final class JdbiClusterRepository implements ClusterRepository {
    private final SqliteDatabase db;

    JdbiClusterRepository(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public void record(ClusterFormation cluster, Instant at) {
        db.write(h -> {
            String id = cluster.id().value();
            h.createUpdate("""
                    INSERT INTO clusters (id, service, cloud, region, recorded_at, updated_at)
                    VALUES (:id, :service, :cloud, :region, :at, :at)
                    ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at""")
                    .bind("id", id).bind("service", cluster.service()).bind("cloud", cluster.cloud().name())
                    .bind("region", cluster.region().value()).bind("at", Rows.text(at)).execute();
            for (CaseId caseId : cluster.caseIds()) {
                h.createUpdate("""
                        INSERT OR IGNORE INTO cluster_cases (cluster_id, position, case_id)
                        VALUES (:id, (SELECT coalesce(max(position), -1) + 1 FROM cluster_cases WHERE cluster_id = :id),
                                :caseId)""")
                        .bind("id", id).bind("caseId", caseId.value()).execute();
            }
            for (TenantId customer : cluster.customers()) {
                h.createUpdate("INSERT OR IGNORE INTO cluster_customers (cluster_id, tenant_id) VALUES (:id, :tenant)")
                        .bind("id", id).bind("tenant", customer.value()).execute();
            }
            return null;
        });
    }

    @Override
    public Optional<ClusterFormation> find(ClusterId id) {
        return db.read(h -> {
            List<CaseId> cases = h.createQuery("SELECT case_id FROM cluster_cases WHERE cluster_id = :id ORDER BY position")
                    .bind("id", id.value()).map((rs, ctx) -> CaseId.of(rs.getString(1))).list();
            List<TenantId> customers = h.createQuery("SELECT tenant_id FROM cluster_customers WHERE cluster_id = :id")
                    .bind("id", id.value()).map((rs, ctx) -> TenantId.of(rs.getString(1))).list();
            return h.createQuery("SELECT service, cloud, region FROM clusters WHERE id = :id").bind("id", id.value())
                    .map((rs, ctx) -> new ClusterFormation(id, rs.getString("service"), Cloud.valueOf(rs.getString("cloud")),
                            Rows.region(rs.getString("region")), cases, new HashSet<>(customers)))
                    .findOne();
        });
    }
}
