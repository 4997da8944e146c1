package com.partnerdesk.domain.catalogue;

import com.partnerdesk.domain.common.Require;

/** The vendor's id of a support topic, e.g. {@code 32444671}. */
public record SupportTopicId(String value) {
    public SupportTopicId {
        value = Require.matching("supportTopicId", value, "[A-Za-z0-9_.-]{1,64}", "a support topic id");
    }

    public static SupportTopicId of(String value) {
        return new SupportTopicId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
