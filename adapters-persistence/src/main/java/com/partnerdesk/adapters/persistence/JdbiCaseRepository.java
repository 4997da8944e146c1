package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.error.StaleVersionException;
import com.partnerdesk.application.port.out.CasePage;
import com.partnerdesk.application.port.out.CaseQuery;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.application.port.out.CaseSummary;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.CaseNote;
import com.partnerdesk.domain.cases.CaseSort;
import com.partnerdesk.domain.cases.CaseSortKey;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.ClockMarks;
import com.partnerdesk.domain.cases.ClockPause;
import com.partnerdesk.domain.cases.PauseReason;
import com.partnerdesk.domain.cases.EscalationCategory;
import com.partnerdesk.domain.cases.HealthCheck;
import com.partnerdesk.domain.cases.Impact;
import com.partnerdesk.domain.cases.NoteKind;
import com.partnerdesk.domain.cases.OwnerChange;
import com.partnerdesk.domain.cases.Problem;
import com.partnerdesk.domain.cases.StatusChange;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.TriageOutcome;
import com.partnerdesk.domain.cases.TriageResult;
import com.partnerdesk.domain.cases.UsersAffected;
import com.partnerdesk.domain.catalogue.ProductFamily;
import com.partnerdesk.domain.catalogue.VendorService;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.Region;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.triage.CustomerSpan;
import com.partnerdesk.domain.triage.NearbyQuery;
import com.partnerdesk.domain.triage.OpenCase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/** Cases in SQLite: one row per case, child tables for notes, history and triage evidence, FTS5 for search. */
public final class JdbiCaseRepository implements CaseRepository {
    /**
     * The open statuses named one by one, not "not closed": the triage index (service, status, started_at) is then
     * searched by service, each open status and the time window, instead of read through every case of the service.
     */
    private static final String OPEN_STATUSES = "status IN (" + Arrays.stream(CaseStatus.values())
            .filter(CaseStatus::isOpen).map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")) + ")";
    private static final String SUMMARY_COLUMNS = "k.id, k.tenant_id, coalesce(c.name, '') AS customer_name, k.service, "
            + "k.title, k.status, k.impact, k.triage_result, k.triage_category, k.cluster_id, k.service_request_id, "
            + "k.attention_needed, k.started_at, k.opened_at, k.updated_at, k.version, k.owner_agent_id, "
            + "k.clock_next_due, k.clock_next_warning, k.clock_pause_reason, k.clock_missed";

    private final SqliteDatabase db;

    JdbiCaseRepository(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public void insert(Case newCase) {
        db.write(h -> {
            Problem p = newCase.problem();
            h.createUpdate("""
                    INSERT INTO cases (id, tenant_id, service, service_family, title, description, started_at,
                        users_affected, impact, classification, opened_at, opened_by, status, health_checked_at,
                        triage_result, triage_category, triage_override, cluster_id, service_request_id,
                        attention_needed, resolution, updated_at, version, owner_agent_id, clock_pauses)
                    VALUES (:id, :tenantId, :service, :family, :title, :description, :startedAt, :usersAffected,
                        :impact, :classification, :openedAt, :openedBy, :status, :healthCheckedAt, :triageResult,
                        :triageCategory, :triageOverride, :clusterId, :serviceRequestId, :attention, :resolution,
                        :updatedAt, :version, :owner, :clockPauses)""")
                    .bind("owner", newCase.owner().map(AgentId::value).orElse(null))
                    .bind("id", newCase.id().value())
                    .bind("tenantId", newCase.customer().value())
                    .bind("service", p.service().name())
                    .bind("family", p.service().family().name())
                    .bind("title", p.title())
                    .bind("description", p.description())
                    .bind("startedAt", Rows.text(p.startedAt()))
                    .bind("usersAffected", p.usersAffected().name())
                    .bind("impact", p.impact().name())
                    .bind("classification", p.classification().name())
                    .bind("openedAt", Rows.text(newCase.openedAt()))
                    .bind("openedBy", newCase.openedBy())
                    .bind("status", newCase.status().name())
                    .bind("healthCheckedAt", Rows.text(newCase.healthCheck().map(HealthCheck::checkedAt)))
                    .bind("triageResult", newCase.triage().map(t -> t.result().name()).orElse(null))
                    .bind("triageCategory", newCase.triage().flatMap(TriageOutcome::category).map(Enum::name).orElse(null))
                    .bind("triageOverride", newCase.triage().flatMap(TriageOutcome::overrideReason).orElse(null))
                    .bind("clusterId", newCase.clusterId().map(ClusterId::value).orElse(null))
                    .bind("serviceRequestId", newCase.serviceRequestId().map(ServiceRequestId::value).orElse(null))
                    .bind("attention", newCase.attentionNeeded())
                    .bind("resolution", newCase.resolution().orElse(null))
                    .bind("updatedAt", Rows.text(newCase.updatedAt()))
                    .bind("version", newCase.version())
                    .bind("clockPauses", pauses(newCase.clockPauses()))
                    .execute();
            writeEvidence(h, newCase);
            for (CaseNote note : newCase.notes()) {
                insertNote(h, newCase.id(), note);
            }
            insertHistory(h, newCase.id(), newCase.history());
            insertOwnerChanges(h, newCase.id(), newCase.ownerChanges());
            reindex(h, newCase.id().value());
            return null;
        });
    }

    @Override
    public void update(Case changed) {
        db.write(h -> {
            String id = changed.id().value();
            // The full-text entry (with its prefix indexes) is rewritten only when its words change: the title, the
            // description or a new note. Most updates are a status, a triage or a link to a request, and an
            // escalation updates every case of its cluster.
            boolean wordsChanged = h.createQuery("SELECT title, description FROM cases WHERE id = :id")
                    .bind("id", id)
                    .map((rs, ctx) -> !changed.problem().title().equals(rs.getString(1))
                            || !changed.problem().description().equals(rs.getString(2)))
                    .findOne().orElse(false);
            int rows = h.createUpdate("""
                    UPDATE cases SET classification = :classification, status = :status,
                        health_checked_at = :healthCheckedAt, triage_result = :triageResult,
                        triage_category = :triageCategory, triage_override = :triageOverride, cluster_id = :clusterId,
                        service_request_id = :serviceRequestId, attention_needed = :attention,
                        resolution = :resolution, updated_at = :updatedAt, version = :version,
                        title = :title, description = :description, owner_agent_id = :owner,
                        clock_pauses = :clockPauses
                    WHERE id = :id AND version = :storedVersion""")
                    .bind("owner", changed.owner().map(AgentId::value).orElse(null))
                    .bind("id", id)
                    .bind("classification", changed.problem().classification().name())
                    .bind("title", changed.problem().title())
                    .bind("description", changed.problem().description())
                    .bind("status", changed.status().name())
                    .bind("healthCheckedAt", Rows.text(changed.healthCheck().map(HealthCheck::checkedAt)))
                    .bind("triageResult", changed.triage().map(t -> t.result().name()).orElse(null))
                    .bind("triageCategory", changed.triage().flatMap(TriageOutcome::category).map(Enum::name).orElse(null))
                    .bind("triageOverride", changed.triage().flatMap(TriageOutcome::overrideReason).orElse(null))
                    .bind("clusterId", changed.clusterId().map(ClusterId::value).orElse(null))
                    .bind("serviceRequestId", changed.serviceRequestId().map(ServiceRequestId::value).orElse(null))
                    .bind("attention", changed.attentionNeeded())
                    .bind("resolution", changed.resolution().orElse(null))
                    .bind("updatedAt", Rows.text(changed.updatedAt()))
                    .bind("version", changed.version())
                    .bind("storedVersion", changed.storedVersion())
                    .bind("clockPauses", pauses(changed.clockPauses()))
                    .execute();
            if (rows == 0) {
                Optional<Long> current = h.createQuery("SELECT version FROM cases WHERE id = :id")
                        .bind("id", id).mapTo(Long.class).findOne();
                if (current.isEmpty()) {
                    throw new NotFoundException("Case", id);
                }
                throw new StaleVersionException("Case", id, changed.storedVersion(), current.get());
            }
            h.createUpdate("DELETE FROM case_issue_links WHERE case_id = :id").bind("id", id).execute();
            h.createUpdate("DELETE FROM case_triage_reasons WHERE case_id = :id").bind("id", id).execute();
            writeEvidence(h, changed);
            // notes are append-only and may have been appended by others since this case was loaded:
            // store the ones not stored yet
            Map<CaseNote, Integer> stored = new HashMap<>();
            for (CaseNote note : loadNotes(h, id)) {
                stored.merge(note, 1, Integer::sum);
            }
            for (CaseNote note : changed.notes()) {
                Integer count = stored.get(note);
                if (count == null || count == 0) {
                    insertNote(h, changed.id(), note);
                    wordsChanged = true;
                } else {
                    stored.put(note, count - 1);
                }
            }
            int storedHistory = h.createQuery("SELECT count(*) FROM case_history WHERE case_id = :id")
                    .bind("id", id).mapTo(Integer.class).one();
            List<StatusChange> history = changed.history();
            if (history.size() > storedHistory) {
                insertHistory(h, changed.id(), history.subList(storedHistory, history.size()));
            }
            int storedOwnerChanges = h.createQuery("SELECT count(*) FROM case_owner_changes WHERE case_id = :id")
                    .bind("id", id).mapTo(Integer.class).one();
            List<OwnerChange> ownerChanges = changed.ownerChanges();
            if (ownerChanges.size() > storedOwnerChanges) {
                insertOwnerChanges(h, changed.id(), ownerChanges.subList(storedOwnerChanges, ownerChanges.size()));
            }
            if (wordsChanged) {
                reindex(h, id);
            }
            return null;
        });
    }

    @Override
    public void appendNote(CaseId caseId, CaseNote note) {
        db.write(h -> {
            Optional<Long> seq = h.createQuery("SELECT seq FROM cases WHERE id = :id")
                    .bind("id", caseId.value()).mapTo(Long.class).findOne();
            if (seq.isEmpty()) {
                throw new NotFoundException("Case", caseId);
            }
            insertNote(h, caseId, note);
            reindex(h, caseId.value());
            return null;
        });
    }

    @Override
    public void recordClock(CaseId caseId, ClockMarks marks) {
        db.write(h -> {
            int rows = h.createUpdate("""
                            UPDATE cases SET clock_next_due = :due, clock_next_warning = :warning,
                                clock_pause_reason = :paused, clock_missed = :missed
                            WHERE id = :id""")
                    .bind("id", caseId.value())
                    .bind("due", Rows.text(marks.nextDue()))
                    .bind("warning", Rows.text(marks.nextWarningAt()))
                    .bind("paused", marks.pauseReason().map(Enum::name).orElse(null))
                    .bind("missed", marks.missed())
                    .execute();
            if (rows == 0) {
                throw new NotFoundException("Case", caseId);
            }
            return null;
        });
    }

    @Override
    public List<CaseId> clocksAtRiskBy(Instant until, int limit) {
        return db.read(h -> h.createQuery("SELECT id FROM cases WHERE clock_next_warning <= :until AND " + OPEN_STATUSES
                        + " ORDER BY clock_next_warning, id LIMIT :limit")
                .bind("until", Rows.text(until))
                .bind("limit", limit)
                .map((rs, ctx) -> CaseId.of(rs.getString("id")))
                .list());
    }

    @Override
    public Optional<Case> find(CaseId id) {
        return db.read(h -> load(h, id.value()));
    }

    /** The cases first (CROSS JOIN fixes the order): by service and time, not every case of every customer in the region. */
    @Override
    public List<OpenCase> openCasesNear(String service, Cloud cloud, Region region, Instant from, Instant to) {
        return db.read(h -> h.createQuery("""
                        SELECT k.id, k.tenant_id, k.service, k.classification, k.started_at, k.status, k.cluster_id
                        FROM cases k CROSS JOIN customers c ON c.tenant_id = k.tenant_id
                        WHERE k.service = :service AND c.cloud = :cloud AND c.region = :region
                          AND k.started_at >= :from AND k.started_at <= :to AND k.""" + OPEN_STATUSES + """
                        
                        ORDER BY k.started_at, k.id""") // triage's own order: its sort finds them sorted
                .bind("service", service.strip())
                .bind("cloud", cloud.name())
                .bind("region", region.value())
                .bind("from", Rows.text(from))
                .bind("to", Rows.text(to))
                .map(new OpenCaseRows(cloud, region))
                .list());
    }

    /**
     * The rows of {@link #openCasesNear}, which triage reads for every case opened: in a regional outage that is
     * thousands of rows per case, from a few hundred customers and one cluster. Columns are read by position, each
     * tenant and cluster id is parsed once per query, and cloud and region are the query's own (every row has them).
     */
    private static final class OpenCaseRows implements RowMapper<OpenCase> {
        private final Cloud cloud;
        private final Region region;
        private final Map<String, TenantId> tenants = new HashMap<>();
        private final Map<String, ClusterId> clusters = new HashMap<>();

        OpenCaseRows(Cloud cloud, Region region) {
            this.cloud = cloud;
            this.region = region;
        }

        @Override
        public OpenCase map(ResultSet rs, StatementContext ctx) throws SQLException {
            String cluster = rs.getString(7);
            return new OpenCase(CaseId.of(rs.getString(1)), tenants.computeIfAbsent(rs.getString(2), TenantId::of),
                    rs.getString(3), cloud, region, SymptomClassification.valueOf(rs.getString(4)),
                    Rows.instant(rs.getString(5)), CaseStatus.valueOf(rs.getString(6)),
                    cluster == null ? Optional.empty() : Optional.of(clusters.computeIfAbsent(cluster, ClusterId::of)));
        }
    }

    /**
     * A cluster candidate ({@code OpenCase.clusterCandidate}), word for word as the partial indexes of V9 state it: SQLite
     * uses a partial index only when the query's WHERE holds the index's own terms.
     */
    private static final String CLUSTER_CANDIDATE = " " + """
            k.classification IN ('UNDOCUMENTED_BEHAVIOUR', 'UNAVAILABLE', 'DEFECT', 'NETWORK_DISRUPTION')
              AND (k.status IN ('NEW', 'TRIAGED', 'RECHECK') OR (k.status = 'ESCALATED' AND k.cluster_id IS NOT NULL))""";
    /** A case near the subject of a {@link NearbyQuery}, other than the subject, joined to its customer as {@code c}. */
    private static final String NEAR = " " + """
            k.service = :service AND k.id <> :subject AND c.cloud = :cloud AND c.region = :region
              AND k.started_at >= :from AND k.started_at <= :to AND\s""" + CLUSTER_CANDIDATE;
    private static final String OPEN_CASE_COLUMNS =
            "k.id, k.tenant_id, k.service, k.classification, k.started_at, k.status, k.cluster_id";

    /**
     * Per customer of the subject's cloud and region but the subject's own, two seeks in {@code cases_cluster_spans}
     * that read no table row: the latest start at or before the subject's and the earliest at or after it (a filter on
     * the two in SQL would run both seeks again).
     * Customers with neither are left out.
     */
    @Override
    public List<CustomerSpan> spans(NearbyQuery query) {
        String candidate = """
                FROM cases k WHERE k.service = :service AND k.tenant_id = c.tenant_id
                  AND %s AND\s""".formatted(CLUSTER_CANDIDATE);
        return db.read(h -> near(h.createQuery("""
                        SELECT c.tenant_id,
                          (SELECT k.started_at %s k.started_at >= :from AND k.started_at <= :at
                           ORDER BY k.started_at DESC LIMIT 1) AS before,
                          (SELECT k.started_at %s k.started_at >= :at AND k.started_at <= :to
                           ORDER BY k.started_at LIMIT 1) AS after
                        FROM customers c WHERE c.cloud = :cloud AND c.region = :region AND c.tenant_id <> :customer"""
                        .formatted(candidate, candidate)), query)
                .bind("customer", query.customer().value())
                .bind("at", Rows.text(query.startedAt()))
                .map((rs, ctx) -> {
                    String before = rs.getString(2);
                    String after = rs.getString(3);
                    return before == null && after == null ? null : new CustomerSpan(TenantId.of(rs.getString(1)),
                            Optional.ofNullable(before).map(Rows::instant), Optional.ofNullable(after).map(Rows::instant));
                })
                .stream().filter(java.util.Objects::nonNull).toList()); // a customer with no case near is no span
    }

    /** One row of {@code cases_cluster_timeline}, read from {@code from} on. */
    @Override
    public Optional<OpenCase> first(NearbyQuery query, Instant from) {
        return db.read(h -> near(h.createQuery("SELECT " + OPEN_CASE_COLUMNS
                        + " FROM cases k CROSS JOIN customers c ON c.tenant_id = k.tenant_id WHERE" + NEAR
                        + " AND k.started_at >= :bound ORDER BY k.started_at, k.id LIMIT 1"), query)
                .bind("bound", Rows.text(from))
                .map(new OpenCaseRows(query.cloud(), query.region()))
                .findOne());
    }

    /** The clusters recorded for the subject's service, cloud and region, each asked for one member in the window. */
    @Override
    public Optional<ClusterId> smallestClusterId(NearbyQuery query, Instant from, Instant to) {
        return db.read(h -> near(h.createQuery("""
                        SELECT min(cl.id) FROM clusters cl
                        WHERE cl.service = :service COLLATE NOCASE AND cl.cloud = :cloud AND cl.region = :region
                          AND EXISTS (SELECT 1 FROM cases k CROSS JOIN customers c ON c.tenant_id = k.tenant_id
                                      WHERE k.cluster_id = cl.id AND k.started_at >= :start AND k.started_at <= :end
                                        AND""" + NEAR + ")"), query)
                .bind("start", Rows.text(from))
                .bind("end", Rows.text(to))
                .mapTo(String.class)
                .findOne()
                .map(ClusterId::of));
    }

    /**
     * The candidates in no cluster ({@code cases_cluster_unclustered}), and the members of the other clusters of the
     * subject's service, cloud and region ({@code cases_cluster_members}), in the window.
     */
    @Override
    public List<OpenCase> outside(NearbyQuery query, ClusterId cluster, Instant from, Instant to) {
        return db.read(h -> near(h.createQuery("SELECT " + OPEN_CASE_COLUMNS
                        + " FROM cases k CROSS JOIN customers c ON c.tenant_id = k.tenant_id WHERE k.cluster_id IS NULL"
                        + " AND k.started_at >= :start AND k.started_at <= :end AND" + NEAR
                        + " UNION ALL SELECT " + OPEN_CASE_COLUMNS + " FROM clusters cl"
                        + " CROSS JOIN cases k ON k.cluster_id = cl.id CROSS JOIN customers c ON c.tenant_id = k.tenant_id"
                        + " WHERE cl.service = :service COLLATE NOCASE AND cl.cloud = :cloud AND cl.region = :region"
                        + " AND cl.id <> :cluster AND k.started_at >= :start AND k.started_at <= :end AND" + NEAR
                        + " ORDER BY 5, 1"), query)
                .bind("cluster", cluster.value())
                .bind("start", Rows.text(from))
                .bind("end", Rows.text(to))
                .map(new OpenCaseRows(query.cloud(), query.region()))
                .list());
    }

    private static Query near(Query q, NearbyQuery query) {
        return q.bind("service", query.service())
                .bind("subject", query.subject().value())
                .bind("cloud", query.cloud().name())
                .bind("region", query.region().value())
                .bind("from", Rows.text(query.from()))
                .bind("to", Rows.text(query.to()));
    }

    @Override
    public List<CaseId> awaitingRequest(ClusterId cluster) {
        return db.read(h -> h.createQuery("""
                        SELECT id FROM cases WHERE cluster_id = :cluster AND status = 'TRIAGED'
                          AND service_request_id IS NULL ORDER BY started_at, id""")
                .bind("cluster", cluster.value())
                .map((rs, ctx) -> CaseId.of(rs.getString(1)))
                .list());
    }

    @Override
    public List<CaseId> openLinkedTo(HealthIssueId issue) {
        return db.read(h -> h.createQuery("""
                        SELECT DISTINCT k.id, k.seq FROM cases k JOIN case_issue_links l ON l.case_id = k.id
                        WHERE l.issue_id = :issue AND l.kind = 'T' AND k.status NOT IN ('RESOLVED', 'CLOSED')
                        ORDER BY k.seq""")
                .bind("issue", issue.value())
                .map((rs, ctx) -> CaseId.of(rs.getString("id")))
                .list());
    }

    @Override
    public List<CaseId> waitingOn(HealthIssueId issue) {
        return db.read(h -> h.createQuery("""
                        SELECT DISTINCT k.id, k.seq FROM cases k JOIN case_issue_links l ON l.case_id = k.id
                        WHERE l.issue_id = :issue AND l.kind = 'T' AND k.status = 'WAITING_ON_INCIDENT'
                        ORDER BY k.seq""")
                .bind("issue", issue.value())
                .map((rs, ctx) -> CaseId.of(rs.getString("id")))
                .list());
    }

    @Override
    public List<CaseId> inCluster(ClusterId cluster) {
        return db.read(h -> h.createQuery("SELECT id FROM cases WHERE cluster_id = :cluster ORDER BY opened_at, seq")
                .bind("cluster", cluster.value())
                .map((rs, ctx) -> CaseId.of(rs.getString("id")))
                .list());
    }

    @Override
    public List<CaseId> ownedBy(AgentId agent) {
        return db.read(h -> h.createQuery("SELECT id FROM cases WHERE owner_agent_id = :agent ORDER BY seq")
                .bind("agent", agent.value())
                .map((rs, ctx) -> CaseId.of(rs.getString("id")))
                .list());
    }

    @Override
    public CasePage search(CaseQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        query.status().ifPresent(s -> {
            where.append(" AND k.status = :status");
            params.put("status", s.name());
        });
        query.tenantId().ifPresent(c -> {
            where.append(" AND k.tenant_id = :tenantId");
            params.put("tenantId", c.value());
        });
        query.service().ifPresent(s -> {
            where.append(" AND k.service = :service");
            params.put("service", s);
        });
        query.impact().ifPresent(i -> {
            where.append(" AND k.impact = :impact");
            params.put("impact", i.name());
        });
        query.serviceRequest().ifPresent(r -> {
            where.append(" AND k.service_request_id = :serviceRequest");
            params.put("serviceRequest", r.value());
        });
        query.ownedBy().ifPresent(a -> {
            where.append(" AND k.owner_agent_id = :owner");
            params.put("owner", a.value());
        });
        if (query.unowned()) {
            where.append(" AND k.owner_agent_id IS NULL");
        }
        if (query.attentionOnly()) {
            where.append(" AND k.attention_needed = 1");
        }
        query.clockAtRiskBy().ifPresent(now -> {
            // as clocksAtRiskBy: past the warning (75 %) or breached; a paused, met or absent clock has no warning
            where.append(" AND k.clock_next_warning <= :clockAtRiskBy");
            params.put("clockAtRiskBy", Rows.text(now));
        });
        if (!query.hiddenCustomers().isEmpty()) {
            // the caller's scope: these customers' cases are not on the page and not in the count
            where.append(" AND k.tenant_id NOT IN (<hidden>)");
        }
        Optional<String> match = query.text().flatMap(FtsQuery::of);
        if (query.text().isPresent() && match.isEmpty()) {
            return CasePage.counted(List.of(), 0, query);
        }
        List<String> hidden = query.hiddenCustomers().stream().map(TenantId::value).sorted().toList();
        // Text finds a case by its id (or the short id the queue shows), its customer's name or domain, or its words
        // in any of their forms; the best matches come first: the id, then the customer, then the full-text rank
        // (a word in the title weighs more than one in the description, which weighs more than one in a note).
        String ranked = match.map(m -> {
            params.put("match", m);
            StringBuilder hits = new StringBuilder("WITH hits(seq, score) AS ("
                    + " SELECT rowid, bm25(case_search, 10.0, 3.0, 1.0) FROM case_search WHERE case_search MATCH :match");
            CaseIdPrefix.of(query.text().get()).ifPresent(prefix -> {
                hits.append(" UNION ALL SELECT k.seq, -1000000.0 FROM cases k WHERE k.id >= :idFrom AND k.id < :idTo");
                params.put("idFrom", prefix);
                params.put("idTo", prefix + "g");
            });
            hits.append(" UNION ALL SELECT k.seq, -1000.0 FROM customers c JOIN cases k ON k.tenant_id = c.tenant_id"
                    + " WHERE instr(lower(c.name), :customerText) > 0 OR instr(lower(c.domain), :customerText) > 0");
            params.put("customerText", query.text().get().strip().toLowerCase(java.util.Locale.ROOT));
            hits.append("), best(seq, score) AS (SELECT seq, min(score) FROM hits GROUP BY seq) ");
            return hits.toString();
        }).orElse("");
        List<CaseSort> order = query.order();
        String orderBy = order.isEmpty() ? " ORDER BY b.score, k.seq DESC" : orderBy(order);
        return db.read(h -> {
            // the page's keys first, in the order asked for (each order the page offers has its index: V13), then
            // the lines of just that page
            Query keys = h.createQuery(match.isPresent()
                    ? ranked + "SELECT k.seq FROM best b JOIN cases k ON k.seq = b.seq" + where + orderBy
                            + " LIMIT :limit OFFSET :offset"
                    : "SELECT k.seq FROM cases k" + where + orderBy + " LIMIT :limit OFFSET :offset");
            params.forEach(keys::bind);
            if (!hidden.isEmpty()) {
                keys.bindList("hidden", hidden);
            }
            List<Long> seqs = keys.bind("limit", query.limit()).bind("offset", query.offset())
                    .mapTo(Long.class).list();
            long total;
            if (seqs.size() < query.limit() && (query.offset() == 0 || !seqs.isEmpty())) {
                total = query.offset() + seqs.size();
            } else {
                // counted up to the query's limit (past it, "more than" is all a person needs): the hits are
                // counted as they come, without ranking them, and counting stops there
                Query count = h.createQuery(match.isPresent()
                        ? ranked + "SELECT count(*) FROM (SELECT DISTINCT h.seq FROM hits h JOIN cases k ON k.seq = h.seq"
                                + where + " LIMIT :countLimit)"
                        : "SELECT count(*) FROM (SELECT 1 FROM cases k" + where + " LIMIT :countLimit)");
                params.forEach(count::bind);
                if (!hidden.isEmpty()) {
                    count.bindList("hidden", hidden);
                }
                total = count.bind("countLimit", query.countLimit()).mapTo(Long.class).one();
            }
            if (seqs.isEmpty()) {
                return CasePage.counted(List.of(), total, query);
            }
            Map<Long, CaseSummary> bySeq = new java.util.HashMap<>();
            h.createQuery("SELECT k.seq AS row_seq, " + SUMMARY_COLUMNS
                            + " FROM cases k LEFT JOIN customers c ON c.tenant_id = k.tenant_id WHERE k.seq IN (<seqs>)")
                    .bindList("seqs", seqs)
                    .map((rs, ctx) -> Map.entry(rs.getLong("row_seq"), summary(rs)))
                    .forEach(e -> bySeq.put(e.getKey(), e.getValue()));
            List<CaseSummary> items = seqs.stream().map(bySeq::get).filter(java.util.Objects::nonNull).toList();
            return CasePage.counted(items, total, query);
        });
    }

    /** Each key's column, as the indexes of V13 and V17 name it (SQLite uses an index only for its very expression). */
    private static String column(CaseSortKey key) {
        return switch (key) {
            case ATTENTION -> "k.attention_needed";
            case CLOCK -> "coalesce(k.clock_next_due, '~')";
            case IMPACT -> "k.sort_impact";
            case AGE -> "k.opened_at";
            case UPDATED -> "k.updated_at";
            case STARTED -> "k.started_at";
            case OWNER -> "k.sort_owner";
            case CUSTOMER -> "k.sort_customer";
            case SERVICE -> "k.service";
            case TITLE -> "k.title COLLATE NOCASE";
            case STATUS -> "k.status";
            case TRIAGE -> "k.triage_result";
        };
    }

    /** The keys in turn, ties by the order stored in the direction of the last key (the indexes end with seq). */
    static String orderBy(List<CaseSort> order) {
        StringBuilder sql = new StringBuilder(" ORDER BY ");
        for (CaseSort sort : order) {
            sql.append(column(sort.key())).append(sort.key().runsAgainstStorageOrder(sort.descending()) ? " DESC" : "")
                    .append(", ");
        }
        CaseSort last = order.get(order.size() - 1);
        return sql.append("k.seq").append(last.key().runsAgainstStorageOrder(last.descending()) ? " DESC" : "")
                .toString();
    }

    @Override
    public List<CaseSummary> openedSince(Instant since) {
        return db.read(h -> h.createQuery("SELECT " + SUMMARY_COLUMNS
                        + " FROM cases k LEFT JOIN customers c ON c.tenant_id = k.tenant_id"
                        + " WHERE k.opened_at >= :since ORDER BY k.opened_at, k.seq")
                .bind("since", Rows.text(since))
                .map((rs, ctx) -> summary(rs))
                .list());
    }

    // --- rows -------------------------------------------------------------------------------------

    private static CaseSummary summary(ResultSet rs) throws SQLException {
        return new CaseSummary(CaseId.of(rs.getString("id")), TenantId.of(rs.getString("tenant_id")),
                rs.getString("customer_name"), rs.getString("service"), rs.getString("title"),
                CaseStatus.valueOf(rs.getString("status")), Impact.valueOf(rs.getString("impact")),
                Optional.ofNullable(rs.getString("triage_result")).map(TriageResult::valueOf),
                Optional.ofNullable(rs.getString("triage_category")).map(EscalationCategory::valueOf),
                Optional.ofNullable(rs.getString("cluster_id")).map(ClusterId::of),
                Optional.ofNullable(rs.getString("service_request_id")).map(ServiceRequestId::of),
                rs.getBoolean("attention_needed"), Rows.instant(rs.getString("started_at")),
                Rows.instant(rs.getString("opened_at")), Rows.instant(rs.getString("updated_at")),
                rs.getLong("version"), Optional.ofNullable(rs.getString("owner_agent_id")).map(AgentId::of),
                new ClockMarks(Rows.optionalInstant(rs.getString("clock_next_due")),
                        Rows.optionalInstant(rs.getString("clock_next_warning")),
                        Optional.ofNullable(rs.getString("clock_pause_reason")).map(PauseReason::valueOf),
                        rs.getInt("clock_missed")));
    }

    /** "REASON FROM UNTIL;…", UNTIL '-' while the pause lasts. */
    static String pauses(List<ClockPause> pauses) {
        return pauses.stream().map(p -> p.reason().name() + " " + Rows.text(p.from()) + " "
                + p.until().map(Rows::text).orElse("-")).collect(Collectors.joining(";"));
    }

    static List<ClockPause> pauses(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<ClockPause> pauses = new ArrayList<>();
        for (String one : text.split(";")) {
            String[] parts = one.strip().split(" ");
            pauses.add(new ClockPause(PauseReason.valueOf(parts[0]), Rows.instant(parts[1]),
                    parts[2].equals("-") ? Optional.empty() : Optional.of(Rows.instant(parts[2]))));
        }
        return pauses;
    }

    private record CaseRow(String id, String tenantId, String service, String family, String title,
                           String description, String startedAt, String usersAffected, String impact,
                           String classification, String openedAt, String openedBy, String status,
                           String healthCheckedAt, String triageResult, String triageCategory, String triageOverride,
                           String clusterId, String serviceRequestId, boolean attention, String resolution,
                           String updatedAt, long version, String owner, String clockPauses) {
    }

    /** The case and its child rows, or empty when there is no such case (one look-up of the case row). */
    private static Optional<Case> load(Handle h, String id) {
        Optional<CaseRow> found = h.createQuery("SELECT * FROM cases WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new CaseRow(rs.getString("id"), rs.getString("tenant_id"), rs.getString("service"),
                        rs.getString("service_family"), rs.getString("title"), rs.getString("description"),
                        rs.getString("started_at"), rs.getString("users_affected"), rs.getString("impact"),
                        rs.getString("classification"), rs.getString("opened_at"), rs.getString("opened_by"),
                        rs.getString("status"), rs.getString("health_checked_at"), rs.getString("triage_result"),
                        rs.getString("triage_category"), rs.getString("triage_override"), rs.getString("cluster_id"),
                        rs.getString("service_request_id"), rs.getBoolean("attention_needed"),
                        rs.getString("resolution"), rs.getString("updated_at"), rs.getLong("version"),
                        rs.getString("owner_agent_id"), rs.getString("clock_pauses")))
                .findOne();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CaseRow row = found.get();
        List<HealthIssueId> checked = new ArrayList<>();
        List<HealthIssueId> matched = new ArrayList<>();
        h.createQuery("SELECT kind, issue_id FROM case_issue_links WHERE case_id = :id ORDER BY kind, position")
                .bind("id", id)
                .map((rs, ctx) -> {
                    (rs.getString("kind").equals("H") ? checked : matched).add(HealthIssueId.of(rs.getString("issue_id")));
                    return Boolean.TRUE;
                })
                .list();
        List<String> reasons = h.createQuery("SELECT reason FROM case_triage_reasons WHERE case_id = :id ORDER BY position")
                .bind("id", id).mapTo(String.class).list();
        List<StatusChange> history = h.createQuery("SELECT * FROM case_history WHERE case_id = :id ORDER BY id")
                .bind("id", id)
                .map((rs, ctx) -> new StatusChange(CaseStatus.valueOf(rs.getString("from_status")),
                        CaseStatus.valueOf(rs.getString("to_status")), rs.getString("by"),
                        Rows.instant(rs.getString("at")), rs.getString("why")))
                .list();
        Problem problem = new Problem(new VendorService(row.service(), ProductFamily.valueOf(row.family())), row.title(),
                row.description(), Rows.instant(row.startedAt()), UsersAffected.valueOf(row.usersAffected()),
                Impact.valueOf(row.impact()), SymptomClassification.valueOf(row.classification()));
        Optional<HealthCheck> healthCheck = Optional.ofNullable(row.healthCheckedAt())
                .map(at -> new HealthCheck(Rows.instant(at), checked));
        Optional<TriageOutcome> triage = Optional.ofNullable(row.triageResult())
                .map(result -> new TriageOutcome(TriageResult.valueOf(result),
                        Optional.ofNullable(row.triageCategory()).map(EscalationCategory::valueOf), reasons, matched,
                        Optional.ofNullable(row.clusterId()).map(ClusterId::of),
                        Optional.ofNullable(row.triageOverride())));
        return Optional.of(Case.rehydrate(CaseId.of(row.id()), TenantId.of(row.tenantId()), problem,
                Rows.instant(row.openedAt()), row.openedBy(), CaseStatus.valueOf(row.status()), healthCheck, triage,
                Optional.ofNullable(row.serviceRequestId()).map(ServiceRequestId::of), row.attention(),
                Optional.ofNullable(row.resolution()), Rows.instant(row.updatedAt()), loadNotes(h, id), history,
                Optional.ofNullable(row.owner()).map(AgentId::of), loadOwnerChanges(h, id), row.version())
                .restoreClockPauses(pauses(row.clockPauses())));
    }

    private static List<OwnerChange> loadOwnerChanges(Handle h, String id) {
        return h.createQuery("SELECT from_agent, to_agent, by, at, why FROM case_owner_changes WHERE case_id = :id ORDER BY id")
                .bind("id", id)
                .map((rs, ctx) -> new OwnerChange(Optional.ofNullable(rs.getString("from_agent")).map(AgentId::of),
                        Optional.ofNullable(rs.getString("to_agent")).map(AgentId::of), rs.getString("by"),
                        Rows.instant(rs.getString("at")), rs.getString("why")))
                .list();
    }

    private static void insertOwnerChanges(Handle h, CaseId id, List<OwnerChange> changes) {
        PreparedBatch batch = h.prepareBatch("INSERT INTO case_owner_changes (case_id, from_agent, to_agent, by, at, why) "
                + "VALUES (:id, :from, :to, :by, :at, :why)");
        for (OwnerChange change : changes) {
            batch.bind("id", id.value()).bind("from", change.from().map(AgentId::value).orElse(null))
                    .bind("to", change.to().map(AgentId::value).orElse(null)).bind("by", change.by())
                    .bind("at", Rows.text(change.at())).bind("why", change.why()).add();
        }
        execute(batch);
    }

    private static List<CaseNote> loadNotes(Handle h, String id) {
        return h.createQuery("SELECT kind, author, text, at FROM case_notes WHERE case_id = :id ORDER BY id")
                .bind("id", id)
                .map((rs, ctx) -> new CaseNote(NoteKind.valueOf(rs.getString("kind")), rs.getString("author"),
                        rs.getString("text"), Rows.instant(rs.getString("at"))))
                .list();
    }

    private static void writeEvidence(Handle h, Case c) {
        c.healthCheck().ifPresent(check -> links(h, c.id(), "H", check.activeIssueIds()));
        c.triage().ifPresent(t -> {
            links(h, c.id(), "T", t.matchedIssueIds());
            PreparedBatch reasons = h.prepareBatch(
                    "INSERT INTO case_triage_reasons (case_id, position, reason) VALUES (:id, :p, :r)");
            int position = 0;
            for (String reason : t.reasons()) {
                reasons.bind("id", c.id().value()).bind("p", position++).bind("r", reason).add();
            }
            execute(reasons);
        });
    }

    private static void links(Handle h, CaseId id, String kind, List<HealthIssueId> issues) {
        PreparedBatch batch = h.prepareBatch(
                "INSERT INTO case_issue_links (case_id, kind, position, issue_id) VALUES (:id, :k, :p, :i)");
        int position = 0;
        for (HealthIssueId issue : issues) {
            batch.bind("id", id.value()).bind("k", kind).bind("p", position++).bind("i", issue.value()).add();
        }
        execute(batch);
    }

    /** One prepared statement for every row of the batch; nothing at all for none. */
    private static void execute(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private static void insertNote(Handle h, CaseId id, CaseNote note) {
        h.createUpdate("INSERT INTO case_notes (case_id, kind, author, text, at) VALUES (:id, :kind, :author, :text, :at)")
                .bind("id", id.value()).bind("kind", note.kind().name()).bind("author", note.author())
                .bind("text", note.text()).bind("at", Rows.text(note.at())).execute();
    }

    private static void insertHistory(Handle h, CaseId id, List<StatusChange> changes) {
        PreparedBatch batch = h.prepareBatch("INSERT INTO case_history (case_id, from_status, to_status, by, at, why) "
                + "VALUES (:id, :from, :to, :by, :at, :why)");
        for (StatusChange change : changes) {
            batch.bind("id", id.value()).bind("from", change.from().name()).bind("to", change.to().name())
                    .bind("by", change.by()).bind("at", Rows.text(change.at())).bind("why", change.why()).add();
        }
        execute(batch);
    }

    /** Re-writes the case's search row from its title, description and every note, in the open transaction. */
    private static void reindex(Handle h, String id) {
        h.createUpdate("""
                        INSERT OR REPLACE INTO case_search (rowid, title, description, notes)
                        SELECT k.seq, k.title, k.description,
                               coalesce((SELECT group_concat(n.text, char(10)) FROM case_notes n WHERE n.case_id = k.id), '')
                        FROM cases k WHERE k.id = :id""")
                .bind("id", id)
                .execute();
    }
}
