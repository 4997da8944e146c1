package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.audit.AuditChain;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.audit.ChainedEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads, verifies and keeps the audit trail (global admins, admin agents and the operator). */
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

    /** The events with their place in the chain and their hashes, for a SIEM or an archive. */
    List<ChainedEvent> chainedSince(Caller caller, Optional<Instant> since, int limit);

    /** Walks the stored chain from its anchor; the first event that does not match is named. */
    ChainReport verify(Caller caller);

    /** Walks exported events (a JSON lines file), from the hash the first of them follows. */
    ChainReport verify(Caller caller, List<ChainedEvent> exported);

    /**
     * Exports the events older than the retention period to the archive, then prunes them; the chain stays verifiable
     * from the first kept event.
     */
    RetentionReport applyRetention(Caller caller);

    /** What a walk of the chain found. */
    record ChainReport(long checked, long firstSeq, long lastSeq, String anchor, Optional<AuditChain.Mismatch> mismatch) {
        public boolean intact() {
            return mismatch.isEmpty();
        }
    }

    /** What retention did: how many events it archived (where) and pruned, older than {@code cutoff}. */
    record RetentionReport(Instant cutoff, int pruned, Optional<String> archive) {
    }
}
