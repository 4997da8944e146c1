package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.port.out.AuditQuery;
import com.partnerdesk.application.port.out.AuditTrail;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.audit.AuditChain;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.audit.ChainedEvent;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.audit.Channel;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The audit trail in an append-only, hash-chained table: triggers refuse every UPDATE and every DELETE but
 * retention's (after the events were archived); the anchor row says what the first kept event follows.
 */
public final class JdbiAuditTrail implements AuditTrail {
    private final SqliteDatabase db;

    JdbiAuditTrail(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public void append(AuditEvent event) {
        db.write(h -> {
            Head head = head(h);
            long seq = head.seq() + 1;
            String hash = AuditChain.hash(head.hash(), seq, event);
            return h.createUpdate("""
                            INSERT INTO audit_events (id, at, actor, actor_kind, roles, action, tenant_id, case_id, channel,
                                outcome, detail, prev_hash, hash)
                            VALUES (:id, :at, :actor, :kind, :roles, :action, :tenantId, :caseId, :channel, :outcome,
                                :detail, :prev, :hash)""")
                    .bind("id", seq)
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
                    .bind("prev", head.hash())
                    .bind("hash", hash)
                    .execute();
        });
    }

    /** The last event's sequence number and hash, or the anchor's when no event is kept. */
    private record Head(long seq, String hash) {
    }

    private static Head head(Handle h) {
        return h.createQuery("SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1")
                .map((rs, ctx) -> new Head(rs.getLong(1), rs.getString(2)))
                .findOne()
                .orElseGet(() -> h.createQuery("SELECT pruned_through, anchor FROM audit_chain WHERE id = 1")
                        .map((rs, ctx) -> new Head(rs.getLong(1), rs.getString(2))).one());
    }

    /** Chains the events written before the chain existed (hash NULL), oldest first; run when the database opens. */
    void chainUnchainedEvents() {
        boolean any = db.read(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM audit_events WHERE hash IS NULL)")
                .mapTo(Boolean.class).one());
        if (!any) {
            return;
        }
        db.write(h -> {
            String prev = h.createQuery("SELECT anchor FROM audit_chain WHERE id = 1").mapTo(String.class).one();
            List<ChainedEvent> all = h.createQuery("SELECT * FROM audit_events ORDER BY id")
                    .map((rs, ctx) -> chainedEvent(rs)).list();
            for (ChainedEvent e : all) {
                if (!e.hash().isEmpty()) {
                    prev = e.hash();
                    continue;
                }
                String hash = AuditChain.hash(prev, e.seq(), e.event());
                h.createUpdate("UPDATE audit_events SET prev_hash = :prev, hash = :hash WHERE id = :id")
                        .bind("prev", prev).bind("hash", hash).bind("id", e.seq()).execute();
                prev = hash;
            }
            return null;
        });
    }

    @Override
    public List<ChainedEvent> chained(long afterSeq, int limit) {
        return db.read(h -> h.createQuery("SELECT * FROM audit_events WHERE id > :after ORDER BY id LIMIT :limit")
                .bind("after", afterSeq).bind("limit", limit)
                .map((rs, ctx) -> chainedEvent(rs)).list());
    }

    @Override
    public List<ChainedEvent> chainedSince(Optional<Instant> since, int limit) {
        return db.read(h -> {
            var query = h.createQuery("SELECT * FROM audit_events"
                    + (since.isPresent() ? " WHERE at >= :since" : "") + " ORDER BY id LIMIT :limit");
            since.ifPresent(s -> query.bind("since", Rows.text(s)));
            return query.bind("limit", limit).map((rs, ctx) -> chainedEvent(rs)).list();
        });
    }

    @Override
    public String anchor() {
        return db.read(h -> h.createQuery("SELECT anchor FROM audit_chain WHERE id = 1").mapTo(String.class).one());
    }

    @Override
    public void prune(ChainedEvent last) {
        db.write(h -> {
            h.execute("UPDATE audit_chain SET pruning = 1 WHERE id = 1");
            h.createUpdate("DELETE FROM audit_events WHERE id <= :seq").bind("seq", last.seq()).execute();
            return h.createUpdate("UPDATE audit_chain SET anchor = :hash, pruned_through = :seq, pruning = 0 WHERE id = 1")
                    .bind("hash", last.hash()).bind("seq", last.seq()).execute();
        });
    }

    private static ChainedEvent chainedEvent(java.sql.ResultSet rs) throws java.sql.SQLException {
        String prev = rs.getString("prev_hash");
        String hash = rs.getString("hash");
        return new ChainedEvent(rs.getLong("id"), event(rs), prev == null ? "" : prev, hash == null ? "" : hash);
    }

    private static AuditEvent event(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AuditEvent(Rows.instant(rs.getString("at")), rs.getString("actor"),
                rs.getString("actor_kind"), new HashSet<>(Rows.split(rs.getString("roles"), Role::valueOf)),
                rs.getString("action"), Optional.ofNullable(rs.getString("tenant_id")).map(TenantId::of),
                Optional.ofNullable(rs.getString("case_id")).map(CaseId::of),
                Channel.valueOf(rs.getString("channel")), AuditOutcome.valueOf(rs.getString("outcome")),
                rs.getString("detail"));
    }

    @Override
    public List<AuditEvent> since(Optional<Instant> since, int limit) {
        return db.read(h -> {
            var query = h.createQuery("SELECT * FROM audit_events"
                    + (since.isPresent() ? " WHERE at >= :since" : "") + " ORDER BY at, id LIMIT :limit");
            since.ifPresent(s -> query.bind("since", Rows.text(s)));
            return query.bind("limit", limit).map((rs, ctx) -> event(rs)).list();
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
            return query.map((rs, ctx) -> event(rs)).list();
        });
    }

    @Override
    public List<String> actions() {
        return db.read(h -> h.createQuery("SELECT DISTINCT action FROM audit_events ORDER BY action")
                .mapTo(String.class).list());
    }
}
