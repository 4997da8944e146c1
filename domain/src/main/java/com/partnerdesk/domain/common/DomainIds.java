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
        if (!isGuid(text)) {
            throw new InvalidValueException(field, "'" + value + "' is not a GUID");
        }
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    /** What {@link #GUID} matches, checked character by character: ids are checked on every row loaded. */
    static boolean isGuid(String text) {
        if (text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
                    : c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
