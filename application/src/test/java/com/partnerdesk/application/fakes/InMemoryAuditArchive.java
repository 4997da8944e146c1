package com.partnerdesk.application.fakes;

import com.partnerdesk.application.error.StorageException;
import com.partnerdesk.application.port.out.AuditArchive;
import com.partnerdesk.domain.audit.AuditJsonLines;
import com.partnerdesk.domain.audit.ChainedEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The retention archive in memory: each store is one "file" of JSON lines; it can be made to fail. Tests only. */
public final class InMemoryAuditArchive implements AuditArchive {
    public final Map<String, List<String>> files = new LinkedHashMap<>();
    public boolean failing;

    @Override
    public String store(List<ChainedEvent> events) {
        if (failing) {
            throw new StorageException("Cannot write the audit archive: the disk is full; nothing was pruned", null);
        }
        String name = "audit-" + events.get(0).seq() + "-" + events.get(events.size() - 1).seq() + ".jsonl";
        List<String> lines = new ArrayList<>();
        events.forEach(e -> lines.add(AuditJsonLines.line(e)));
        files.put(name, lines);
        return name;
    }
}
