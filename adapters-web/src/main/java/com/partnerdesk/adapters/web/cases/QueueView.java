package com.partnerdesk.adapters.web.cases;

import com.partnerdesk.adapters.web.support.Fmt;
import com.partnerdesk.application.port.in.CaseList;
import com.partnerdesk.application.port.in.CaseSearch;
import com.partnerdesk.domain.cases.CaseSort;
import com.partnerdesk.domain.cases.CaseSortKey;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The queue page's links: every one keeps the filters and changes one thing (the page, the order, whose cases). A
 * column's heading sorts by it — the most pressing first for attention, impact, age and last update, the clock closest to
 * breach first (ascending), A to Z for the others — and, when it already leads the order, the other way round.
 */
public record QueueView(CaseSearch search, CaseList result, Instant now) {
    private static final Set<CaseSortKey> MOST_FIRST = EnumSet.of(CaseSortKey.ATTENTION, CaseSortKey.IMPACT,
            CaseSortKey.AGE, CaseSortKey.UPDATED);

    /** The order the page is in: the one asked for, else the best matches (words) or the queue's own. */
    public List<CaseSort> order() {
        return search.sort().isEmpty() && search.text().isEmpty() ? CaseSort.DEFAULT : search.sort();
    }

    /** The heading's link: sort by this column, or the other way when it leads already. */
    public String sortLink(String field) {
        CaseSortKey key = CaseSortKey.of(field);
        List<CaseSort> order = order();
        CaseSort next = !order.isEmpty() && order.get(0).key() == key ? order.get(0).reversed()
                : new CaseSort(key, MOST_FIRST.contains(key));
        return link(Map.of("sort", next.toString(), "offset", ""));
    }

    /** {@code ascending}, {@code descending} or {@code none}, for the heading's aria-sort. */
    public String ariaSort(String field) {
        List<CaseSort> order = order();
        if (order.isEmpty() || order.get(0).key() != CaseSortKey.of(field)) {
            return "none";
        }
        CaseSort lead = order.get(0);
        // the page reads ages as "how old": ascending age is the youngest first
        return lead.descending() ? "descending" : "ascending";
    }

    public String ownerLink(String owner) {
        return link(Map.of("owner", owner, "offset", ""));
    }

    public String owner() {
        return search.owner().map(CaseSearch.Owner::text).orElse("");
    }

    public boolean hasPrevious() {
        return result.offset() > 0;
    }

    public boolean hasNext() {
        return result.offset() + result.items().size() < result.total();
    }

    public String previousLink() {
        return link(Map.of("offset", String.valueOf(Math.max(0, result.offset() - result.limit()))));
    }

    public String nextLink() {
        return link(Map.of("offset", String.valueOf(result.offset() + result.limit())));
    }

    /** "51–100 of 120", "1–50 of more than 1000" (counting stops there), or "No cases". */
    public String showing() {
        String total = result.totalExact() ? String.valueOf(result.total()) : "more than " + (result.total() - 1);
        if (result.items().isEmpty()) {
            return result.total() == 0 ? "No cases" : "No cases on this page of " + total;
        }
        return (result.offset() + 1) + "–" + (result.offset() + result.items().size()) + " of " + total;
    }

    /** How long ago a case was opened, in its largest unit: "12 min", "5 h", "3 d". */
    public String age(Instant openedAt) {
        Duration d = Duration.between(openedAt, now);
        if (d.isNegative() || d.toMinutes() < 1) {
            return "just now";
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + " min";
        }
        return d.toDays() < 1 ? d.toHours() + " h" : d.toDays() + " d";
    }

    /** This page's address with some parameters changed (an empty value drops the parameter). */
    public String link(Map<String, String> changes) {
        Map<String, String> params = new LinkedHashMap<>();
        search.text().ifPresent(v -> params.put("q", v));
        search.status().ifPresent(v -> params.put("status", v.name()));
        search.tenantId().ifPresent(v -> params.put("tenantId", v.value()));
        search.service().ifPresent(v -> params.put("service", v));
        search.impact().ifPresent(v -> params.put("impact", v.name()));
        if (search.attentionOnly()) {
            params.put("attention", "true");
        }
        search.owner().ifPresent(v -> params.put("owner", v.text()));
        if (search.clockAtRisk()) {
            params.put("clock", CaseInput.CLOCK_AT_RISK);
        }
        if (!search.sort().isEmpty()) {
            params.put("sort", CaseSort.format(search.sort()));
        }
        if (search.offset() > 0) {
            params.put("offset", String.valueOf(search.offset()));
        }
        if (search.limit() != com.partnerdesk.adapters.web.support.Requests.DEFAULT_LIMIT) {
            params.put("limit", String.valueOf(search.limit()));
        }
        changes.forEach((k, v) -> {
            if (v == null || v.isEmpty()) {
                params.remove(k);
            } else {
                params.put(k, v);
            }
        });
        String query = params.entrySet().stream().map(e -> e.getKey() + "=" + Fmt.url(e.getValue()))
                .collect(Collectors.joining("&"));
        return "/cases" + (query.isEmpty() ? "" : "?" + query);
    }
}
