package com.partnerdesk.application.error;

/** The same Idempotency-Key was sent before with a different request. */
public final class IdempotencyConflictException extends ApplicationException {
    public IdempotencyConflictException(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request");
    }
}
