package com.partnerdesk.application.error;

/** A use case could not do what it was asked; each subclass says why, for the adapters to map once. */
public abstract class ApplicationException extends RuntimeException {
    protected ApplicationException(String message) {
        super(message);
    }

    protected ApplicationException(String message, Throwable cause) {
        super(message, cause);
    }
}
