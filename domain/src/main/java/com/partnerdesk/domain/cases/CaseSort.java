package com.partnerdesk.domain.cases;

import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.common.Require;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One key of the queue's order and its direction. A list of them is read from and written as the API's
 * {@code sort=FIELD[,-FIELD]}: a minus sign sorts that key descending.
 */
public record CaseSort(CaseSortKey key, boolean descending) {
    /**
     * The queue's own order (issue 12): attention needed first, then the customer's clock closest to breach (ADR
     * 0019; cases without a running clock after those with one), then the greatest impact, then the oldest case.
     */
    public static final List<CaseSort> DEFAULT = List.of(desc(CaseSortKey.ATTENTION), asc(CaseSortKey.CLOCK),
            desc(CaseSortKey.IMPACT), desc(CaseSortKey.AGE));

    public CaseSort {
        Require.present("sort", key);
    }

    public static CaseSort asc(CaseSortKey key) {
        return new CaseSort(key, false);
    }

    public static CaseSort desc(CaseSortKey key) {
        return new CaseSort(key, true);
    }

    /** {@code "impact,-age"}; each key once; blank is the default order. */
    public static List<CaseSort> parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        List<CaseSort> order = new ArrayList<>();
        Set<CaseSortKey> seen = EnumSet.noneOf(CaseSortKey.class);
        for (String part : text.split(",", -1)) {
            String field = part.strip();
            boolean descending = field.startsWith("-");
            CaseSortKey key = CaseSortKey.of(descending ? field.substring(1) : field);
            if (!seen.add(key)) {
                throw new InvalidValueException("sort", "'" + key.field() + "' is given twice");
            }
            order.add(new CaseSort(key, descending));
        }
        return List.copyOf(order);
    }

    public static String format(List<CaseSort> order) {
        return order.stream().map(CaseSort::toString).collect(Collectors.joining(","));
    }

    /** The same key the other way round. */
    public CaseSort reversed() {
        return new CaseSort(key, !descending);
    }

    @Override
    public String toString() {
        return (descending ? "-" : "") + key.field();
    }
}
