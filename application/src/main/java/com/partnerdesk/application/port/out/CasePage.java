package com.partnerdesk.application.port.out;

import java.util.List;

/** A page of the case queue and how many cases match in all. */
public record CasePage(List<CaseSummary> items, long total, int offset, int limit) {
    public CasePage {
        items = List.copyOf(items);
    }
}
