package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.port.out.AuditQuery;
import com.partnerdesk.application.port.out.AuditTrail;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.audit.Channel;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** The audit trail in an append-only table: triggers refuse every UPDATE and DELETE. */
public final class JdbiAuditTrail implements AuditTrail {
    private final SqliteDatabase db;

    JdbiAuditTrail(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public void append(AuditEvent event) {
        db.write(h -> h.createUpdate("""
                        INSERT INTO audit_events (at, actor, actor_kind, roles, action, tenant_id, case_id, channel,
                            outcome, detail)
                        VALUES (:at, :actor, :kind, :roles, :action, :tenantId, :caseId, :channel, :outcome, :detail)""")
                .bind("at", Rows.text(event.at()))
                .bind("actor", event.actor())
                .bind("kind", event.actorKind())
                .bind("roles", Rows.joined(event.roles().stream().map(Enum::name).sorted().toList()))
                .bind("action", event.action())
                .bind("tenantId", event.customer().map(TenantId::value).orElse(null))
                .bind("caseId", event.caseId().map(CaseId::value).orElse(null))
                .bind("channel", event.channel().name())
                .bind("outcome", event.outcome().name())
                .bind("detail", event.detail())
                .execute());
    }

    @Override
    public List<AuditEvent> since(Optional<Instant> since, int limit) {
        return db.read(h -> {
            var query = h.createQuery("SELECT * FROM audit_events"
                    + (since.isPresent() ? " WHERE at >= :since" : "") + " ORDER BY at, id LIMIT :limit");
            since.ifPresent(s -> query.bind("since", Rows.text(s)));
            return query.bind("limit", limit).map(JdbiAuditTrail::event).list();
        });
    }

    @Override
    public List<AuditEvent> find(AuditQuery q) {
        List<String> where = new ArrayList<>();
        q.actor().ifPresent(a -> where.add("instr(lower(actor), lower(:actor)) > 0"));
        q.tenantId().ifPresent(t -> where.add("tenant_id = :tenantId"));
        // the prefix is hex digits and dashes (AuditSearch), so it carries no LIKE wildcard
        q.caseIdPrefix().ifPresent(c -> where.add("case_id LIKE :caseIdPrefix || '%'"));
        q.action().ifPresent(a -> where.add("action = :action"));
        q.outcome().ifPresent(o -> where.add("outcome = :outcome"));
        q.from().ifPresent(f -> where.add("at >= :from"));
        q.until().ifPresent(u -> where.add("at < :until"));
        String order = q.newestFirst() ? " ORDER BY at DESC, id DESC" : " ORDER BY at, id";
        String sql = "SELECT * FROM audit_events" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + order + " LIMIT :limit";
        return db.read(h -> {
            var query = h.createQuery(sql).bind("limit", q.limit());
            q.actor().ifPresent(a -> query.bind("actor", a));
            q.tenantId().ifPresent(t -> query.bind("tenantId", t.value()));
            q.caseIdPrefix().ifPresent(c -> query.bind("caseIdPrefix", c));
            q.action().ifPresent(a -> query.bind("action", a));
            q.outcome().ifPresent(o -> query.bind("outcome", o.name()));
            q.from().ifPresent(f -> query.bind("from", Rows.text(f)));
            q.until().ifPresent(u -> query.bind("until", Rows.text(u)));
            return query.map(JdbiAuditTrail::event).list();
        });
    }

    @Override
    public List<String> actions() {
        return db.read(h -> h.createQuery("SELECT DISTINCT action FROM audit_events ORDER BY action")
                .mapTo(String.class).list());
    }

    private static AuditEvent event(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new AuditEvent(Rows.instant(rs.getString("at")), rs.getString("actor"),
                rs.getString("actor_kind"), new HashSet<>(Rows.split(rs.getString("roles"), Role::valueOf)),
                rs.getString("action"), Optional.ofNullable(rs.getString("tenant_id")).map(TenantId::of),
                Optional.ofNullable(rs.getString("case_id")).map(CaseId::of),
                Channel.valueOf(rs.getString("channel")), AuditOutcome.valueOf(rs.getString("outcome")),
                rs.getString("detail"));
    }
}
