package com.partnerdesk.application.error;

/** The record changed since the caller read it: another agent's change would have been overwritten. */
public final class StaleVersionException extends ApplicationException {
    private final long currentVersion;

    public StaleVersionException(String what, Object id, long expected, long current) {
        super(what + " " + id + " is at version " + current + ", not " + expected
                + ": someone else changed it; reload and try again");
        this.currentVersion = current;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
