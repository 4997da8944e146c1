package com.partnerdesk.application.error;

/** The database could not do its part (read-only file, disk full, corrupt file); nothing was half-written. */
public final class StorageException extends ApplicationException {
    /** What kind of trouble, so that each adapter can answer it in its own terms. */
    public enum Kind {
        /** The disk holding the database is full: nothing was written; it works again once space is freed. */
        DISK_FULL,
        /** Another process held the database too long: nothing was written; try again. */
        BUSY,
        /** Anything else (read-only file, damaged file, an I/O error). */
        OTHER
    }

    private final Kind kind;

    public StorageException(String message, Throwable cause) {
        this(Kind.OTHER, message, cause);
    }

    public StorageException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind == null ? Kind.OTHER : kind;
    }

    public Kind kind() {
        return kind;
    }
}
