package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.health.HealthIssueId;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/** Records, imports and lists service-health issues; an issue that ends sends its waiting cases to recheck. */
public interface HealthIssuesUseCase {
    /**
     * Reads the vendor's service-health JSON in any shape its API returns (a list page, a bare array, one issue, a
     * healthOverviews page with its issues expanded), checking every issue; a fault refuses the whole document.
     */
    List<HealthIssue> read(Caller caller, String source, InputStream in, Optional<Cloud> cloud) throws IOException;

    /** Imports in one transaction; {@code progress} hears how many issues were stored so far. */
    HealthImportReport importIssues(Caller caller, ImportHealthCommand command, IntConsumer progress);

    /** Imports for every customer of the clouds each issue was read for. */
    default HealthImportReport importIssues(Caller caller, List<HealthIssue> issues, IntConsumer progress) {
        return importIssues(caller, new ImportHealthCommand(issues, Optional.empty()), progress);
    }

    List<HealthIssue> list(Caller caller, boolean activeOnly, Optional<String> service, int limit);

    /** The board: the issues as {@link #list} finds them, each with the customers whose feeds show it. */
    List<BoardEntry> board(Caller caller, boolean activeOnly, Optional<String> service, int limit);

    HealthIssue get(Caller caller, HealthIssueId id);

    record HealthImportReport(int added, int updated, int unchanged, int casesSentToRecheck) {
    }

    /** An issue and whom it affects, in words: customers by name, or "every GCC_HIGH customer". */
    record BoardEntry(HealthIssue issue, List<String> affects) {
        public BoardEntry {
            affects = List.copyOf(affects);
        }
    }
}
