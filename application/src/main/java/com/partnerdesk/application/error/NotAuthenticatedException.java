package com.partnerdesk.application.error;

/** Wrong credentials, an unknown or revoked token, or a disabled agent. */
public final class NotAuthenticatedException extends ApplicationException {
    public NotAuthenticatedException(String message) {
        super(message);
    }
}
