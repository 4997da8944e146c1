package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.health.HealthIssueId;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/** Records, imports and lists service-health issues; an issue that ends sends its waiting cases to recheck. */
public interface HealthIssuesUseCase {
    /** Imports in one transaction; {@code progress} hears how many issues were stored so far. */
    HealthImportReport importIssues(Caller caller, List<HealthIssue> issues, IntConsumer progress);

    List<HealthIssue> list(Caller caller, boolean activeOnly, Optional<String> service, int limit);

    HealthIssue get(Caller caller, HealthIssueId id);

    record HealthImportReport(int added, int updated, int unchanged, int casesSentToRecheck) {
    }
}
