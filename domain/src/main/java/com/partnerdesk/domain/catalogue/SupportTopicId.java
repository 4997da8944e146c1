package com.partnerdesk.domain.catalogue;

import com.partnerdesk.domain.common.Require;
import java.util.regex.Pattern;

/** The vendor's id of a support topic, e.g. {@code 32444671}. */
public record SupportTopicId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public SupportTopicId {
        value = Require.matching("supportTopicId", value, SHAPE, "a support topic id");
    }

    public static SupportTopicId of(String value) {
        return new SupportTopicId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
