package com.partnerdesk.adapters.vendor.health;

import com.partnerdesk.application.port.out.HealthDocuments;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.health.HealthIssue;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/** Health documents in Microsoft Graph's shapes (see {@link GraphHealthJson}). */
public final class GraphHealthDocuments implements HealthDocuments {
    @Override
    public List<HealthIssue> read(String source, InputStream in, Set<Cloud> clouds) throws IOException {
        return new GraphHealthJson(clouds).read(source, in);
    }
}
