package com.partnerdesk.application.port.in;

import java.util.List;

/** A page of the case queue and how many cases match in all. */
public record CaseList(List<CaseListItem> items, long total, int offset, int limit) {
    public CaseList {
        items = List.copyOf(items);
    }
}
