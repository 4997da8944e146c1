package com.partnerdesk.application.port.in;

import java.util.List;

/**
 * A page of the case queue and how many cases match in all: exactly when {@code totalExact}, otherwise more than
 * {@code total - 1} (counting stops past 1,000 matches and past the page).
 */
public record CaseList(List<CaseListItem> items, long total, int offset, int limit, boolean totalExact) {
    public CaseList {
        items = List.copyOf(items);
    }
}
