package com.partnerdesk.domain.health;

import com.partnerdesk.domain.common.Require;
import java.util.regex.Pattern;

/** The vendor's id of a health issue, such as {@code EX123456} or {@code TM987654}. */
public record HealthIssueId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public HealthIssueId {
        value = Require.matching("id", value, SHAPE, "a health issue id such as EX123456");
    }

    public static HealthIssueId of(String value) {
        return new HealthIssueId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
