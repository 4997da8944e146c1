package com.partnerdesk.application.port.out;

import java.util.List;

/**
 * A page of the case queue and how many cases match in all: exactly when {@code totalExact}, otherwise at least
 * {@code total} (the store stopped counting at {@link CaseQuery#countLimit()}).
 */
public record CasePage(List<CaseSummary> items, long total, int offset, int limit, boolean totalExact) {
    public CasePage {
        items = List.copyOf(items);
    }

    /** The page of {@code query} whose matches were counted up to its {@link CaseQuery#countLimit()}. */
    public static CasePage counted(List<CaseSummary> items, long counted, CaseQuery query) {
        if (counted > query.countLimit()) {
            throw new IllegalArgumentException("counted " + counted + " past the query's limit " + query.countLimit());
        }
        return new CasePage(items, counted, query.offset(), query.limit(), counted < query.countLimit());
    }
}
