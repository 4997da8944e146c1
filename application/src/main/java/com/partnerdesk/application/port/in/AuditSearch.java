package com.partnerdesk.application.port.in;

import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.customer.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the audit trail is asked for: the agent (any part of the e-mail or name, any case), the customer, the case (its
 * id or the short id the queue shows), the action, the outcome, and a time window ({@code from} included, {@code until}
 * not); newest first for reading on a page, oldest first for an export.
 */
public record AuditSearch(
        Optional<String> agent,
        Optional<TenantId> tenantId,
        Optional<String> caseId,
        Optional<String> action,
        Optional<AuditOutcome> outcome,
        Optional<Instant> from,
        Optional<Instant> until,
        boolean newestFirst,
        int limit) {

    /** The most events one search returns (an export included). */
    public static final int MAX_LIMIT = 100_000;
    private static final Pattern CASE_ID = Pattern.compile("[0-9a-fA-F-]{4,36}");
    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9.-]{0,79}");

    public AuditSearch {
        agent = agent == null ? Optional.empty() : agent.map(String::strip).filter(s -> !s.isEmpty());
        tenantId = tenantId == null ? Optional.empty() : tenantId;
        caseId = caseId == null ? Optional.empty() : caseId.map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(java.util.Locale.ROOT));
        action = action == null ? Optional.empty() : action.map(String::strip).filter(s -> !s.isEmpty());
        outcome = outcome == null ? Optional.empty() : outcome;
        from = from == null ? Optional.empty() : from;
        until = until == null ? Optional.empty() : until;
        if (agent.isPresent() && agent.get().length() > 254) {
            throw InvalidInputException.of("agent", "is longer than 254 characters");
        }
        if (caseId.isPresent() && !CASE_ID.matcher(caseId.get()).matches()) {
            throw InvalidInputException.of("caseId", "'" + caseId.get() + "' is not a case id or the start of one "
                    + "(at least 4 of its characters)");
        }
        if (action.isPresent() && !ACTION.matcher(action.get()).matches()) {
            throw InvalidInputException.of("action", "'" + action.get() + "' is not an action such as case.escalate");
        }
        if (from.isPresent() && until.isPresent() && !until.get().isAfter(from.get())) {
            throw InvalidInputException.of("until", "must be after from");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /** Every event, oldest first, up to {@code limit}. */
    public static AuditSearch all(int limit) {
        return new AuditSearch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, limit);
    }
}
