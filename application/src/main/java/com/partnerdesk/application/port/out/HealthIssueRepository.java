package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.health.HealthIssueId;
import java.util.List;
import java.util.Optional;

/** The service-health board as the desk has imported it. */
public interface HealthIssueRepository {
    Optional<HealthIssue> find(HealthIssueId id);

    /**
     * Stores issues in one batch. An issue already stored is replaced only when the new
     * {@code lastModifiedDateTime} is newer; the result for each issue is in input order.
     */
    List<UpsertResult> upsertAll(List<HealthIssue> issues);

    /** Issues on this service or on the whole suite; {@code activeOnly} leaves out ended ones. */
    List<HealthIssue> forServices(List<String> serviceNames, boolean activeOnly);

    List<HealthIssue> list(boolean activeOnly, java.util.Optional<String> service, int limit);
}
