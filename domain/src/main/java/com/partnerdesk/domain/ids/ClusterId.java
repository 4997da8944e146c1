package com.partnerdesk.domain.ids;

import com.partnerdesk.domain.common.Require;
import java.util.regex.Pattern;

/**
 * The id of a cluster of several customers' cases about one service in one cloud and region.
 * Derived from the cluster's first case, so triaging the same inputs always names the same cluster.
 */
public record ClusterId(String value) {
    private static final Pattern SHAPE = Pattern.compile("CL-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    public ClusterId {
        value = Require.matching("clusterId", value, SHAPE,
                "a cluster id such as CL-<case id>");
    }

    public static ClusterId of(String value) {
        return new ClusterId(value);
    }

    public static ClusterId foundedBy(CaseId firstCase) {
        return new ClusterId("CL-" + firstCase.value());
    }

    @Override
    public String toString() {
        return value;
    }
}
