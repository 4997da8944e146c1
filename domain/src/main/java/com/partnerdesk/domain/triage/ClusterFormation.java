package com.partnerdesk.domain.triage;

import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.Region;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;
import java.util.List;
import java.util.Set;

/** A regional multi-tenant cluster found by triage: its id, where, and the cases and customers in it. */
public record ClusterFormation(
        ClusterId id,
        String service,
        Cloud cloud,
        Region region,
        List<CaseId> caseIds,
        Set<TenantId> customers) {

    public ClusterFormation {
        caseIds = List.copyOf(caseIds);
        customers = Set.copyOf(customers);
    }
}
