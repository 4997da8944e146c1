package com.partnerdesk.adapters.vendor.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerdesk.application.port.out.HealthFeed.Unavailable;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.common.IsoInstant;
import com.partnerdesk.domain.customer.AzureSubscriptionId;
import com.partnerdesk.domain.customer.Region;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.health.HealthStatus;
import com.partnerdesk.domain.health.IssueClassification;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Azure Resource Health events (Microsoft.ResourceHealth 2024-02-01, {@code Events_ListBySubscriptionId}) as health
 * issues: one per impacted service, named "Azure " + the service as the desk's catalogue names Azure services, covering
 * the impacted regions whose subscriptions include the one read (a region listing no subscription covers it). The
 * event's status ("Active", "Resolved") is kept as written; "Resolved" ends the issue. A ServiceIssue is an incident,
 * any other event type an advisory.
 */
final class ResourceHealthEvents {
    private ResourceHealthEvents() {
    }

    static List<HealthIssue> issues(JsonNode page, AzureSubscriptionId subscription) {
        JsonNode value = page.path("value");
        if (!value.isArray()) {
            throw new Unavailable("Azure Resource Manager answered the resource-health events of subscription "
                    + subscription + " without a value array", Optional.empty());
        }
        List<HealthIssue> issues = new ArrayList<>();
        for (JsonNode event : value) {
            issues.addAll(event(event, subscription));
        }
        return issues;
    }

    private static List<HealthIssue> event(JsonNode event, AzureSubscriptionId subscription) {
        JsonNode p = event.path("properties");
        String name = text(event, "name");
        String status = Optional.ofNullable(text(p, "status")).orElse("Active");
        boolean resolved = "resolved".equalsIgnoreCase(status);
        IssueClassification classification = "ServiceIssue".equalsIgnoreCase(text(p, "eventType"))
                ? IssueClassification.INCIDENT : IssueClassification.ADVISORY;
        List<HealthIssue> issues = new ArrayList<>();
        JsonNode impacts = p.path("impact");
        try {
            Instant start = instant(p, "impactStartTime").orElseThrow(() ->
                    new InvalidValueException("impactStartTime", "is required"));
            Optional<Instant> end = instant(p, "impactMitigationTime");
            Instant modified = instant(p, "lastUpdateTime").orElse(start);
            for (int i = 0; i < impacts.size(); i++) {
                JsonNode impact = impacts.get(i);
                Set<Region> regions = new LinkedHashSet<>();
                boolean covered = false;
                for (JsonNode region : impact.path("impactedRegions")) {
                    JsonNode subscriptions = region.path("impactedSubscriptions");
                    boolean listed = !subscriptions.isArray() || subscriptions.isEmpty();
                    for (JsonNode s : subscriptions) {
                        listed |= subscription.value().equalsIgnoreCase(s.asText());
                    }
                    if (listed && text(region, "impactedRegion") != null) {
                        regions.add(region(text(region, "impactedRegion")));
                        covered = true;
                    }
                }
                if (!covered || text(impact, "impactedService") == null) {
                    continue; // this impact does not reach the subscription read, or names no service
                }
                String id = impacts.size() == 1 ? name : name + "." + (i + 1);
                issues.add(new HealthIssue(HealthIssueId.of(id), Optional.ofNullable(text(p, "title")).orElse(name),
                        "Azure " + text(impact, "impactedService"), "", classification, HealthStatus.fromFeed(status),
                        resolved, start, end.filter(e -> !e.isBefore(start)), modified,
                        Optional.ofNullable(text(p, "summary")).orElse(""), Set.of(), regions, List.of(), status));
            }
        } catch (InvalidValueException | DateTimeParseException bad) {
            throw new Unavailable("Azure Resource Manager sent a resource-health event of subscription " + subscription
                    + " that cannot be read (" + name + "): " + bad.getMessage(), Optional.empty());
        }
        return issues;
    }

    /** Azure's region names ("USGov Virginia", "usgovvirginia", "West US") as the desk writes regions ("us-gov-virginia"). */
    static Region region(String azureName) {
        String lower = azureName.strip().toLowerCase(Locale.ROOT);
        lower = lower.replaceFirst("^usgov", "us gov ").replaceFirst("^usdod", "us dod ");
        return Region.of(lower.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", ""));
    }

    private static Optional<Instant> instant(JsonNode node, String field) {
        String text = text(node, field);
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(IsoInstant.parse(text.strip()));
    }

    private static String text(JsonNode node, String field) {
        return GraphHealthJson.text(node, field);
    }
}
