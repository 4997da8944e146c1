package com.partnerdesk.adapters.web.audit;

import java.util.Locale;

/**
 * An audit action in words: {@code service-request.vendor-number} reads "Service request: vendor number". Actions are an
 * open list (each use case names its own), so the words follow from the name rather than from a table that could miss
 * one; the code stays in the CSV and the API.
 */
public final class AuditWords {
    private AuditWords() {
    }

    public static String action(String action) {
        if (action == null || action.isBlank()) {
            return "—";
        }
        int dot = action.indexOf('.');
        String subject = dot < 0 ? action : action.substring(0, dot);
        String verb = dot < 0 ? "" : action.substring(dot + 1);
        String words = capitalised(subject.replace('-', ' ').replace('.', ' '));
        return verb.isEmpty() ? words : words + ": " + verb.replace('-', ' ').replace('.', ' ');
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
