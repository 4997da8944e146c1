package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.error.IdempotencyConflictException;
import com.partnerdesk.application.port.out.IdempotencyKeys;
import java.util.Optional;

/** Idempotency keys, keyed by (scope, key), written in the caller's transaction. */
public final class JdbiIdempotencyKeys implements IdempotencyKeys {
    private final SqliteDatabase db;

    JdbiIdempotencyKeys(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<StoredResult> find(String scope, String key) {
        return db.read(h -> h.createQuery(
                        "SELECT request_fingerprint, result_id FROM idempotency_keys WHERE scope = :scope AND key = :key")
                .bind("scope", scope).bind("key", key)
                .map((rs, ctx) -> new StoredResult(rs.getString(1), rs.getString(2)))
                .findOne());
    }

    @Override
    public void remember(String scope, String key, String requestFingerprint, String resultId) {
        db.write(h -> {
            int rows = h.createUpdate("INSERT INTO idempotency_keys (scope, key, request_fingerprint, result_id) "
                            + "VALUES (:scope, :key, :fingerprint, :result) ON CONFLICT (scope, key) DO NOTHING")
                    .bind("scope", scope).bind("key", key).bind("fingerprint", requestFingerprint)
                    .bind("result", resultId).execute();
            if (rows == 0) {
                String stored = h.createQuery(
                                "SELECT request_fingerprint FROM idempotency_keys WHERE scope = :scope AND key = :key")
                        .bind("scope", scope).bind("key", key).mapTo(String.class).one();
                if (!stored.equals(requestFingerprint)) {
                    throw new IdempotencyConflictException(key);
                }
            }
            return null;
        });
    }
}
