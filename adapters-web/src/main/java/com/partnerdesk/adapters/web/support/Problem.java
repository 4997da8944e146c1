package com.partnerdesk.adapters.web.support;

import java.util.List;

/** RFC 9457 problem details, as the API returns every error. */
public record Problem(String type, String title, int status, String detail, List<Fault> errors, String correlationId) {

    /** One thing wrong: a field of the input or a check of the escalation readiness checklist. */
    public record Fault(String field, String check, String message) {
        public static Fault field(String field, String message) {
            return new Fault(field, null, message);
        }

        public static Fault check(String check, String message) {
            return new Fault(null, check, message);
        }
    }

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
