package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.health.HealthIssue;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/** Reads the vendor's service-health JSON, in every shape its API returns, into health issues. */
public interface HealthDocuments {
    /**
     * @param source the document's name, used in the summary of a refusal
     * @param clouds the clouds the issues are for; empty means all
     * @throws com.partnerdesk.application.error.InvalidInputException naming each fault by JSON path; nothing is read
     */
    List<HealthIssue> read(String source, InputStream in, Set<Cloud> clouds) throws IOException;
}
