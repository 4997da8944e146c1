package com.partnerdesk.application.error;

/** The database could not do its part (read-only file, disk full, corrupt file); nothing was half-written. */
public final class StorageException extends ApplicationException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
