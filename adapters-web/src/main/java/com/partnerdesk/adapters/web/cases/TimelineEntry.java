package com.partnerdesk.adapters.web.cases;

import com.partnerdesk.adapters.web.support.Words;
import com.partnerdesk.application.port.in.CaseView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One line of a case's timeline: a status change, a note or a health check, in the order they happened. */
public record TimelineEntry(Instant at, String kind, String who, String text) {

    public static List<TimelineEntry> of(CaseView c) {
        List<TimelineEntry> entries = new ArrayList<>();
        c.history().forEach(h -> entries.add(new TimelineEntry(h.at(), "Status", h.by(),
                Words.of(h.from()) + " → " + Words.of(h.to()) + (h.why().isEmpty() ? "" : ": " + h.why()))));
        c.ownerChanges().forEach(o -> entries.add(new TimelineEntry(o.at(), "Owner", o.by(),
                Words.capitalised(o.why()) + ": " + o.from().map(a -> a.name()).orElse("nobody") + " → "
                        + o.to().map(a -> a.name()).orElse("nobody"))));
        c.notes().forEach(n -> entries.add(new TimelineEntry(n.at(), Words.of(n.kind()), n.author(), n.text())));
        c.healthCheck().ifPresent(h -> entries.add(new TimelineEntry(h.checkedAt(), "Health check", "PartnerDesk",
                h.activeIssueIds().isEmpty() ? "No active issue matched"
                        : "Active issue(s) matched: " + String.join(", ", h.activeIssueIds().stream().map(Object::toString).toList()))));
        c.triage().ifPresent(t -> entries.add(new TimelineEntry(c.healthCheck().map(h -> h.checkedAt()).orElse(c.updatedAt()),
                "Triage", "PartnerDesk", Words.of(t.result()) + t.category().map(k -> " (" + Words.of(k) + ")").orElse("")
                + t.overrideReason().map(r -> "; overridden: " + r).orElse(""))));
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }
}
