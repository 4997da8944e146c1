package com.partnerdesk.application.port.out;

import java.util.Optional;

/**
 * Remembers what a creating request produced under its Idempotency-Key, written in the same
 * transaction as the record it protects.
 */
public interface IdempotencyKeys {
    Optional<StoredResult> find(String scope, String key);

    void remember(String scope, String key, String requestFingerprint, String resultId);

    record StoredResult(String requestFingerprint, String resultId) {
    }
}
