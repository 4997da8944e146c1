package com.partnerdesk.domain.health;

import com.partnerdesk.domain.catalogue.ProductFamily;
import com.partnerdesk.domain.catalogue.VendorService;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.common.Require;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.Region;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A documented problem on the vendor's service-health board, in the shape of Graph's
 * {@code serviceHealthIssue}. It covers the clouds it was imported for and the regions of its
 * {@code Regions} detail; an empty set means all. {@code statusName} is the status as the feed wrote it: the Graph
 * name of a known status, the vendor's own text of one this build does not know ({@link HealthStatus#UNKNOWN_FUTURE_VALUE}).
 * Whose feeds show it is kept beside it ({@link IssueAudience}).
 */
public record HealthIssue(
        HealthIssueId id,
        String title,
        String service,
        String feature,
        IssueClassification classification,
        HealthStatus status,
        boolean resolvedFlag,
        Instant startedAt,
        Optional<Instant> endedAt,
        Instant lastModifiedAt,
        String impactDescription,
        Set<Cloud> clouds,
        Set<Region> regions,
        List<HealthIssuePost> posts,
        String statusName) {

    public HealthIssue(HealthIssueId id, String title, String service, String feature, IssueClassification classification,
                       HealthStatus status, boolean resolvedFlag, Instant startedAt, Optional<Instant> endedAt,
                       Instant lastModifiedAt, String impactDescription, Set<Cloud> clouds, Set<Region> regions,
                       List<HealthIssuePost> posts) {
        this(id, title, service, feature, classification, status, resolvedFlag, startedAt, endedAt, lastModifiedAt,
                impactDescription, clouds, regions, posts, null);
    }

    public HealthIssue {
        Require.present("id", id);
        title = Require.text("title", title, 500);
        service = Require.text("service", service, 120);
        feature = feature == null ? "" : feature.strip();
        Require.present("classification", classification);
        Require.present("status", status);
        Require.instant("startDateTime", startedAt);
        endedAt = endedAt == null ? Optional.empty() : endedAt;
        endedAt.ifPresent(end -> Require.instant("endDateTime", end));
        Require.instant("lastModifiedDateTime", lastModifiedAt);
        if (endedAt.isPresent() && endedAt.get().isBefore(startedAt)) {
            throw new InvalidValueException("endDateTime", endedAt.get() + " is before startDateTime " + startedAt);
        }
        impactDescription = impactDescription == null ? "" : impactDescription;
        clouds = Set.copyOf(Require.present("clouds", clouds));
        regions = Set.copyOf(Require.present("regions", regions));
        posts = Require.present("posts", posts).stream()
                .sorted(Comparator.comparing(HealthIssuePost::createdAt))
                .toList();
        statusName = status != HealthStatus.UNKNOWN_FUTURE_VALUE || statusName == null || statusName.isBlank()
                ? status.graphName() : Require.text("status", statusName, 64);
    }

    /** Not resolved: neither flagged resolved nor in a status that ends an issue. */
    public boolean isActive() {
        return !resolvedFlag && !status.ended();
    }

    /** Active and not already over at the given instant. */
    public boolean isActiveAt(Instant instant) {
        return isActive() && endedAt.map(end -> !end.isBefore(instant)).orElse(true);
    }

    /** Whether this issue is about the given service; a suite-wide issue is about every Office 365 service. */
    public boolean coversService(VendorService caseService) {
        if (service.equalsIgnoreCase(caseService.name())) {
            return true;
        }
        return service.equalsIgnoreCase(VendorService.SUITE) && caseService.family() == ProductFamily.OFFICE_365;
    }

    public boolean coversLocation(Cloud cloud, Region region) {
        return (clouds.isEmpty() || clouds.contains(cloud)) && (regions.isEmpty() || regions.contains(region));
    }

    public boolean covers(VendorService caseService, Cloud cloud, Region region) {
        return coversService(caseService) && coversLocation(cloud, region);
    }
}
