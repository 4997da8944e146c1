package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.audit.ChainedEvent;
import java.util.List;

/** Where audit events go before retention prunes them: a durable file of JSON lines (see AuditJsonLines). */
public interface AuditArchive {
    /**
     * Writes {@code events} (oldest first) durably and returns where they are; throws when they could not be written
     * whole, and then nothing may be pruned.
     */
    String store(List<ChainedEvent> events);
}
