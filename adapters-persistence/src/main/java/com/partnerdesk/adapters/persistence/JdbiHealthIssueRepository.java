package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.port.out.HealthIssueRepository;
import com.partnerdesk.application.port.out.UpsertResult;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.Region;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.health.HealthIssuePost;
import com.partnerdesk.domain.health.HealthStatus;
import com.partnerdesk.domain.health.IssueClassification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** The imported service-health board in SQLite. */
public final class JdbiHealthIssueRepository implements HealthIssueRepository {
    private final SqliteDatabase db;

    JdbiHealthIssueRepository(SqliteDatabase db) {
        this.db = db;
    }

    private record IssueRow(String id, String title, String service, String feature, String classification,
                            String status, boolean resolved, String startedAt, String endedAt, String lastModifiedAt,
                            String impact, String clouds, String regions) {
    }

    @Override
    public Optional<HealthIssue> find(HealthIssueId id) {
        return db.read(h -> load(h, "WHERE id = :id", List.of(id.value()), Integer.MAX_VALUE).stream().findFirst());
    }

    @Override
    public List<UpsertResult> upsertAll(List<HealthIssue> issues) {
        return db.write(h -> {
            List<UpsertResult> results = new ArrayList<>();
            for (HealthIssue issue : issues) {
                Optional<String> stored = h.createQuery("SELECT last_modified_at FROM health_issues WHERE id = :id")
                        .bind("id", issue.id().value()).mapTo(String.class).findOne();
                if (stored.isPresent() && !issue.lastModifiedAt().isAfter(Rows.instant(stored.get()))) {
                    results.add(UpsertResult.UNCHANGED);
                    continue;
                }
                h.createUpdate("DELETE FROM health_issues WHERE id = :id").bind("id", issue.id().value()).execute();
                h.createUpdate("""
                        INSERT INTO health_issues (id, title, service, feature, classification, status, resolved_flag,
                            started_at, ended_at, last_modified_at, impact_description, clouds, regions)
                        VALUES (:id, :title, :service, :feature, :classification, :status, :resolved, :startedAt,
                            :endedAt, :lastModifiedAt, :impact, :clouds, :regions)""")
                        .bind("id", issue.id().value())
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
                        .execute();
                int position = 0;
                for (HealthIssuePost post : issue.posts()) {
                    h.createUpdate("INSERT INTO health_issue_posts (issue_id, position, created_at, post_type, description) "
                                    + "VALUES (:id, :p, :at, :type, :description)")
                            .bind("id", issue.id().value()).bind("p", position++).bind("at", Rows.text(post.createdAt()))
                            .bind("type", post.postType()).bind("description", post.description()).execute();
                }
                results.add(stored.isPresent() ? UpsertResult.UPDATED : UpsertResult.ADDED);
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
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            in.append(i == 0 ? "" : ", ").append(":p").append(i);
        }
        return db.read(h -> load(h, "WHERE lower(service) IN (" + in + ")", names, Integer.MAX_VALUE)).stream()
                .filter(issue -> !activeOnly || issue.isActive())
                .toList();
    }

    @Override
    public List<HealthIssue> list(boolean activeOnly, Optional<String> service, int limit) {
        List<String> params = service.map(s -> List.of(s.strip().toLowerCase(Locale.ROOT))).orElse(List.of());
        String where = service.isPresent() ? "WHERE lower(service) = :p0" : "";
        return db.read(h -> load(h, where, params, Integer.MAX_VALUE)).stream()
                .filter(issue -> !activeOnly || issue.isActive())
                .limit(Math.max(0, limit))
                .toList();
    }

    private static List<HealthIssue> load(Handle h, String where, List<String> params, int limit) {
        var query = h.createQuery("SELECT * FROM health_issues " + where + " ORDER BY started_at DESC, id LIMIT :limit");
        for (int i = 0; i < params.size(); i++) {
            query.bind(where.contains(":id") ? "id" : "p" + i, params.get(i));
        }
        List<IssueRow> rows = query.bind("limit", limit)
                .map((rs, ctx) -> new IssueRow(rs.getString("id"), rs.getString("title"), rs.getString("service"),
                        rs.getString("feature"), rs.getString("classification"), rs.getString("status"),
                        rs.getBoolean("resolved_flag"), rs.getString("started_at"), rs.getString("ended_at"),
                        rs.getString("last_modified_at"), rs.getString("impact_description"), rs.getString("clouds"),
                        rs.getString("regions")))
                .list();
        List<HealthIssue> issues = new ArrayList<>();
        for (IssueRow row : rows) {
            List<HealthIssuePost> posts = h.createQuery(
                            "SELECT created_at, post_type, description FROM health_issue_posts WHERE issue_id = :id ORDER BY position")
                    .bind("id", row.id())
                    .map((rs, ctx) -> new HealthIssuePost(Rows.instant(rs.getString("created_at")),
                            rs.getString("post_type"), rs.getString("description")))
                    .list();
            Set<Cloud> clouds = new HashSet<>(Rows.split(row.clouds(), Cloud::valueOf));
            Set<Region> regions = new HashSet<>(Rows.split(row.regions(), Region::of));
            Instant started = Rows.instant(row.startedAt());
            issues.add(new HealthIssue(HealthIssueId.of(row.id()), row.title(), row.service(), row.feature(),
                    IssueClassification.valueOf(row.classification()), HealthStatus.valueOf(row.status()),
                    row.resolved(), started, Rows.optionalInstant(row.endedAt()), Rows.instant(row.lastModifiedAt()),
                    row.impact(), clouds, regions, posts));
        }
        return issues;
    }
}
