package com.partnerdesk.domain.cases;

import com.partnerdesk.domain.common.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the case queue can be sorted by: each of its columns, by the name the API's {@code sort} takes. Ascending
 * means: attention not needed before needed, the least impact first, the clock closest to breach first (no running clock last), the youngest first, the earliest update or start
 * first, names and words A to Z (nobody before any owner). A new sortable column is one more key here, its column in
 * each store (an index in SQLite) and its heading on the page.
 */
public enum CaseSortKey {
    ATTENTION("attention", false),
    /** The customer's clock: ascending is the clock closest to breach first, cases without a running clock last. */
    CLOCK("clock", false),
    IMPACT("impact", false),
    /** The time since the case was opened: ascending is the newest case first. */
    AGE("age", true),
    UPDATED("updated", false),
    STARTED("started", false),
    OWNER("owner", false),
    CUSTOMER("customer", false),
    SERVICE("service", false),
    TITLE("title", false),
    STATUS("status", false),
    TRIAGE("triage", false);

    private final String field;
    private final boolean againstStorageOrder;

    CaseSortKey(String field, boolean againstStorageOrder) {
        this.field = field;
        this.againstStorageOrder = againstStorageOrder;
    }

    /**
     * Whether the key, sorted {@code descending} or not, runs against the order cases were stored in. Ties are broken
     * by that order, in the direction the last key runs: so the oldest first stays the first stored first.
     */
    public boolean runsAgainstStorageOrder(boolean descending) {
        return descending != againstStorageOrder;
    }

    /** The key's name in the API and on the page. */
    public String field() {
        return field;
    }

    public static CaseSortKey of(String field) {
        String wanted = field == null ? "" : field.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.field.equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidValueException("sort", "'" + field + "' is not a column to sort by; one of "
                        + Arrays.stream(values()).map(CaseSortKey::field).collect(Collectors.joining(", "))));
    }
}
