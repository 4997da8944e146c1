package com.partnerdesk.domain.health;

import com.partnerdesk.domain.common.Require;

/** The vendor's id of a health issue, such as {@code EX123456} or {@code TM987654}. */
public record HealthIssueId(String value) {
    public HealthIssueId {
        value = Require.matching("id", value, "[A-Za-z0-9_.-]{1,64}", "a health issue id such as EX123456");
    }

    public static HealthIssueId of(String value) {
        return new HealthIssueId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
