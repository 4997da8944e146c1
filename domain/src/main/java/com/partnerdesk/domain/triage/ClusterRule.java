package com.partnerdesk.domain.triage;

import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.common.Require;
import java.time.Duration;

/** When several customers' reports make a regional multi-tenant cluster: how many customers, within how long. */
public record ClusterRule(int customerThreshold, Duration window) {
    public static final ClusterRule DEFAULT = new ClusterRule(3, Duration.ofMinutes(60));

    public ClusterRule {
        if (customerThreshold < 2) {
            throw new InvalidValueException("clusterCustomerThreshold",
                    "must be at least 2 (a cluster is several customers), was " + customerThreshold);
        }
        Require.present("clusterWindow", window);
        if (window.isNegative() || window.isZero()) {
            throw new InvalidValueException("clusterWindow", "must be a positive duration, was " + window);
        }
    }
}
