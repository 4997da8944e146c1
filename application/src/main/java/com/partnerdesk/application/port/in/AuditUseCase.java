package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.audit.AuditEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads the audit trail (global admins, admin agents and the operator). */
public interface AuditUseCase {
    List<AuditEvent> since(Caller caller, Optional<Instant> since, int limit);

    /** The events the search asks for, in its order. */
    List<AuditEvent> find(Caller caller, AuditSearch search);

    /**
     * The events the search asks for, to be carried away (a CSV file): the export itself is recorded in the trail
     * ({@code audit.export}, with the filters and the number of events), in the same transaction that reads them.
     */
    List<AuditEvent> export(Caller caller, AuditSearch search);

    /** Every action the trail holds at least once, in alphabetical order: what the action filter offers. */
    List<String> actions(Caller caller);
}
