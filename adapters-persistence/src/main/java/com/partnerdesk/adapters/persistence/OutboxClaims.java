package com.partnerdesk.adapters.persistence;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * How every outbox claims what a dispatcher is about to send: in the transaction that read the due rows, their next
 * attempt moves to the claim's end, so a second dispatcher passes them by and a dead one's rows come due again.
 */
final class OutboxClaims {
    private OutboxClaims() {
    }

    /** Runs {@code sql} (binding {@code :until} and {@code :id}) for each row of {@code due}; returns {@code due}. */
    static <E> List<E> claim(Handle h, String sql, List<E> due, Function<E, Object> id, Instant until) {
        if (!due.isEmpty()) {
            PreparedBatch batch = h.prepareBatch(sql);
            for (E entry : due) {
                batch.bind("until", Rows.text(until)).bind("id", id.apply(entry)).add();
            }
            batch.execute();
        }
        return due;
    }
}
