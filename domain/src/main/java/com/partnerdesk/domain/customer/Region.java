package com.partnerdesk.domain.customer;

import com.partnerdesk.domain.common.Require;
import java.util.Locale;
import java.util.regex.Pattern;

/** A datacenter region such as {@code us-gov-virginia}; compared case-insensitively. */
public record Region(String value) {
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Region {
        value = Require.matching("region", value == null ? null : value.strip().toLowerCase(Locale.ROOT),
                SHAPE, "a region name such as us-gov-virginia");
    }

    public static Region of(String value) {
        return new Region(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
