package com.partnerdesk.adapters.persistence;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Search text that can be the start of a case id: the short id the queue shows (8 characters) or more of it. */
final class CaseIdPrefix {
    private static final Pattern ID_START = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{0,12}){0,4}");

    private CaseIdPrefix() {
    }

    static Optional<String> of(String text) {
        String candidate = text.strip().toLowerCase(Locale.ROOT);
        return candidate.length() <= 36 && ID_START.matcher(candidate).matches() ? Optional.of(candidate)
                : Optional.empty();
    }
}
