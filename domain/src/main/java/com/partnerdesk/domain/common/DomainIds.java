package com.partnerdesk.domain.common;

import java.util.regex.Pattern;

/** The shape shared by every generated identifier: a lower-case GUID. */
public final class DomainIds {
    public static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private DomainIds() {
    }

    public static String guid(String field, String value) {
        String text = Require.text(field, value);
        if (!GUID.matcher(text).matches()) {
            throw new InvalidValueException(field, "'" + value + "' is not a GUID");
        }
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
