package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.triage.ClusterFormation;
import com.partnerdesk.domain.ids.ClusterId;
import java.time.Instant;
import java.util.Optional;

/** Regional multi-tenant clusters found by triage. */
public interface ClusterRepository {
    /** Records the cluster, or adds newly found cases and customers to it. */
    void record(ClusterFormation cluster, Instant at);

    Optional<ClusterFormation> find(ClusterId id);
}
