package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.port.out.HealthIssueRepository;
import com.partnerdesk.application.port.out.UpsertResult;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.customer.Region;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.health.HealthIssuePost;
import com.partnerdesk.domain.health.HealthStatus;
import com.partnerdesk.domain.health.IssueAudience;
import com.partnerdesk.domain.health.IssueClassification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;

/** The imported service-health board in SQLite. */
public final class JdbiHealthIssueRepository implements HealthIssueRepository {
    /** Ids looked up per statement (well under SQLite's limit of bound values). */
    private static final int LOOK_UP = 1_000;
    /** {@link HealthIssue#isActive()} in SQL: not flagged resolved, and a status that does not say it is over. */
    private static final String ACTIVE = "resolved_flag = 0 AND status NOT IN ("
            + HealthStatus.ENDED.stream().map(s -> "'" + s.name() + "'").sorted().collect(Collectors.joining(", ")) + ")";

    private final SqliteDatabase db;

    JdbiHealthIssueRepository(SqliteDatabase db) {
        this.db = db;
    }

    private record IssueRow(String id, String title, String service, String feature, String classification,
                            String status, boolean resolved, String startedAt, String endedAt, String lastModifiedAt,
                            String impact, String clouds, String regions, String statusName) {
    }

    @Override
    public Optional<HealthIssue> find(HealthIssueId id) {
        return db.read(h -> load(h, "WHERE id = :id", q -> q.bind("id", id.value()), 1).stream().findFirst());
    }

    /**
     * Decides every issue against what is stored (one look-up for the whole list), as if they were upserted one after
     * the other, then writes the accepted ones in one prepared batch per table.
     */
    @Override
    public List<UpsertResult> upsertAll(List<HealthIssue> issues) {
        if (issues.isEmpty()) {
            return List.of();
        }
        return db.write(h -> {
            Map<String, Instant> stored = new HashMap<>();
            List<String> ids = issues.stream().map(i -> i.id().value()).distinct().toList();
            for (int from = 0; from < ids.size(); from += LOOK_UP) {
                h.createQuery("SELECT id, last_modified_at FROM health_issues WHERE id IN (<ids>)")
                        .bindList("ids", ids.subList(from, Math.min(ids.size(), from + LOOK_UP)))
                        .map((rs, ctx) -> stored.put(rs.getString("id"), Rows.instant(rs.getString("last_modified_at"))))
                        .list();
            }
            Set<String> wasStored = new HashSet<>(stored.keySet());
            Map<String, HealthIssue> accepted = new LinkedHashMap<>();
            List<UpsertResult> results = new ArrayList<>(issues.size());
            for (HealthIssue issue : issues) {
                String id = issue.id().value();
                Instant known = stored.get(id);
                if (known != null && !issue.lastModifiedAt().isAfter(known)) {
                    results.add(UpsertResult.UNCHANGED);
                    continue;
                }
                results.add(known != null ? UpsertResult.UPDATED : UpsertResult.ADDED);
                stored.put(id, issue.lastModifiedAt());
                accepted.remove(id); // a later version in the same list replaces an earlier one
                accepted.put(id, issue);
            }
            PreparedBatch replaced = h.prepareBatch("DELETE FROM health_issues WHERE id = :id");
            PreparedBatch rows = h.prepareBatch("""
                    INSERT INTO health_issues (id, title, service, feature, classification, status, resolved_flag,
                        started_at, ended_at, last_modified_at, impact_description, clouds, regions, status_name)
                    VALUES (:id, :title, :service, :feature, :classification, :status, :resolved, :startedAt,
                        :endedAt, :lastModifiedAt, :impact, :clouds, :regions, :statusName)""");
            PreparedBatch posts = h.prepareBatch("INSERT INTO health_issue_posts (issue_id, position, created_at, "
                    + "post_type, description) VALUES (:id, :p, :at, :type, :description)");
            for (HealthIssue issue : accepted.values()) {
                String id = issue.id().value();
                if (wasStored.contains(id)) {
                    replaced.bind("id", id).add(); // its posts go with it (ON DELETE CASCADE)
                }
                rows.bind("id", id)
                        .bind("title", issue.title())
                        .bind("service", issue.service())
                        .bind("feature", issue.feature())
                        .bind("classification", issue.classification().name())
                        .bind("status", issue.status().name())
                        .bind("resolved", issue.resolvedFlag())
                        .bind("startedAt", Rows.text(issue.startedAt()))
                        .bind("endedAt", Rows.text(issue.endedAt()))
                        .bind("lastModifiedAt", Rows.text(issue.lastModifiedAt()))
                        .bind("impact", issue.impactDescription())
                        .bind("clouds", Rows.joined(issue.clouds().stream().map(Enum::name).sorted().toList()))
                        .bind("regions", Rows.joined(issue.regions().stream().map(Region::value).sorted().toList()))
                        .bind("statusName", issue.status() == HealthStatus.UNKNOWN_FUTURE_VALUE ? issue.statusName() : null)
                        .add();
                int position = 0;
                for (HealthIssuePost post : issue.posts()) {
                    posts.bind("id", id).bind("p", position++).bind("at", Rows.text(post.createdAt()))
                            .bind("type", post.postType()).bind("description", post.description()).add();
                }
            }
            for (PreparedBatch batch : List.of(replaced, rows, posts)) {
                if (batch.size() > 0) {
                    batch.execute();
                }
            }
            return results;
        });
    }

    @Override
    public List<HealthIssue> forServices(List<String> serviceNames, boolean activeOnly) {
        if (serviceNames.isEmpty()) {
            return List.of();
        }
        List<String> names = serviceNames.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        // COLLATE NOCASE: the comparison of lower(service), and the one the service index is built for
        String where = "WHERE service COLLATE NOCASE IN (<names>)" + (activeOnly ? " AND " + ACTIVE : "");
        return db.read(h -> load(h, where, q -> q.bindList("names", names), Integer.MAX_VALUE));
    }

    @Override
    public void show(Collection<HealthIssueId> ids, IssueAudience audience) {
        if (ids.isEmpty()) {
            return;
        }
        db.write(h -> {
            PreparedBatch batch = h.prepareBatch("INSERT OR IGNORE INTO health_issue_audiences (issue_id, tenant_id, cloud) "
                    + "VALUES (:id, :tenant, :cloud)");
            String tenant = audience.customer().map(TenantId::value).orElse("");
            String cloud = audience.cloud().map(Enum::name).orElse("");
            ids.stream().map(HealthIssueId::value).distinct()
                    .forEach(id -> batch.bind("id", id).bind("tenant", tenant).bind("cloud", cloud).add());
            batch.execute();
            return null;
        });
    }

    @Override
    public List<HealthIssue> shownTo(Customer customer, List<String> serviceNames, boolean activeOnly) {
        if (serviceNames.isEmpty()) {
            return List.of();
        }
        List<String> names = serviceNames.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        String where = "WHERE service COLLATE NOCASE IN (<names>)" + (activeOnly ? " AND " + ACTIVE : "")
                + " AND EXISTS (SELECT 1 FROM health_issue_audiences a WHERE a.issue_id = health_issues.id"
                + " AND (a.tenant_id = :tenant OR (a.tenant_id = '' AND a.cloud IN ('', :cloud))))";
        return db.read(h -> load(h, where, q -> q.bindList("names", names)
                .bind("tenant", customer.tenantId().value()).bind("cloud", customer.cloud().name()), Integer.MAX_VALUE));
    }

    @Override
    public Map<HealthIssueId, Set<IssueAudience>> audiences(Collection<HealthIssueId> ids) {
        List<String> all = ids.stream().map(HealthIssueId::value).distinct().toList();
        return db.read(h -> {
            Map<HealthIssueId, Set<IssueAudience>> found = new HashMap<>();
            for (int from = 0; from < all.size(); from += LOOK_UP) {
                h.createQuery("SELECT issue_id, tenant_id, cloud FROM health_issue_audiences WHERE issue_id IN (<ids>)")
                        .bindList("ids", all.subList(from, Math.min(all.size(), from + LOOK_UP)))
                        .map((rs, ctx) -> found.computeIfAbsent(HealthIssueId.of(rs.getString("issue_id")),
                                k -> new HashSet<>()).add(audience(rs.getString("tenant_id"), rs.getString("cloud"))))
                        .list();
            }
            return found;
        });
    }

    private static IssueAudience audience(String tenant, String cloud) {
        if (!tenant.isEmpty()) {
            return IssueAudience.customer(TenantId.of(tenant));
        }
        return cloud.isEmpty() ? IssueAudience.everyCustomer() : IssueAudience.everyCustomerOf(Cloud.valueOf(cloud));
    }

    @Override
    public List<HealthIssue> list(boolean activeOnly, Optional<String> service, int limit) {
        List<String> conditions = new ArrayList<>();
        service.ifPresent(s -> conditions.add("service COLLATE NOCASE = :service"));
        if (activeOnly) {
            conditions.add(ACTIVE);
        }
        String where = conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
        return db.read(h -> load(h, where,
                q -> service.ifPresent(s -> q.bind("service", s.strip().toLowerCase(Locale.ROOT))), Math.max(0, limit)));
    }

    /**
     * The issues matching {@code where}, newest first, at most {@code limit}, each with its posts: two statements,
     * however many issues.
     */
    private static List<HealthIssue> load(Handle h, String where, Consumer<SqlStatement<?>> bind, int limit) {
        Query rowsQuery = h.createQuery("SELECT * FROM health_issues " + where + " ORDER BY started_at DESC, id LIMIT :limit");
        bind.accept(rowsQuery);
        List<IssueRow> rows = rowsQuery.bind("limit", limit)
                .map((rs, ctx) -> new IssueRow(rs.getString("id"), rs.getString("title"), rs.getString("service"),
                        rs.getString("feature"), rs.getString("classification"), rs.getString("status"),
                        rs.getBoolean("resolved_flag"), rs.getString("started_at"), rs.getString("ended_at"),
                        rs.getString("last_modified_at"), rs.getString("impact_description"), rs.getString("clouds"),
                        rs.getString("regions"), rs.getString("status_name")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<HealthIssuePost>> posts = new HashMap<>();
        Query postsQuery = h.createQuery("SELECT issue_id, created_at, post_type, description FROM health_issue_posts "
                + "WHERE issue_id IN (SELECT id FROM health_issues " + where + " ORDER BY started_at DESC, id LIMIT :limit) "
                + "ORDER BY issue_id, position");
        bind.accept(postsQuery);
        postsQuery.bind("limit", limit).map((rs, ctx) -> posts.computeIfAbsent(rs.getString("issue_id"), k -> new ArrayList<>())
                        .add(new HealthIssuePost(Rows.instant(rs.getString("created_at")), rs.getString("post_type"),
                                rs.getString("description"))))
                .list();
        List<HealthIssue> issues = new ArrayList<>(rows.size());
        for (IssueRow row : rows) {
            Set<Cloud> clouds = new HashSet<>(Rows.split(row.clouds(), Cloud::valueOf));
            Set<Region> regions = new HashSet<>(Rows.split(row.regions(), Rows::region));
            Instant started = Rows.instant(row.startedAt());
            issues.add(new HealthIssue(HealthIssueId.of(row.id()), row.title(), row.service(), row.feature(),
                    IssueClassification.valueOf(row.classification()), HealthStatus.valueOf(row.status()),
                    row.resolved(), started, Rows.optionalInstant(row.endedAt()), Rows.instant(row.lastModifiedAt()),
                    row.impact(), clouds, regions, posts.getOrDefault(row.id(), List.of()), row.statusName()));
        }
        return issues;
    }
}
