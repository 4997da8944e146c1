package com.partnerdesk.domain.health;

import com.partnerdesk.domain.common.Require;

/** Graph {@code serviceHealthClassificationType}. */
public enum IssueClassification {
    INCIDENT, ADVISORY;

    public static IssueClassification parse(String value) {
        return Require.oneOf("classification", IssueClassification.class, value);
    }
}
