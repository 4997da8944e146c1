package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.health.IssueAudience;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The service-health board as the desk has imported and read it, with whose feeds show each issue. */
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

    /** Records that {@code audience}'s feed shows these issues (stored already); what was recorded stays. */
    void show(Collection<HealthIssueId> ids, IssueAudience audience);

    /**
     * Issues on these services (or the whole suite) that {@code customer}'s feed shows: seen in its own tenant's feed
     * or its Azure subscriptions', or on a board imported for every customer of its cloud.
     */
    List<HealthIssue> shownTo(Customer customer, List<String> serviceNames, boolean activeOnly);

    /** Whose feeds show each of these issues; an issue no feed shows is left out. */
    Map<HealthIssueId, Set<IssueAudience>> audiences(Collection<HealthIssueId> ids);
}
