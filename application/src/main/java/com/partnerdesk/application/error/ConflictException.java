package com.partnerdesk.application.error;

/** The record is not in a state that allows the change (e.g. a vendor number already recorded as another one). */
public final class ConflictException extends ApplicationException {
    public ConflictException(String message) {
        super(message);
    }
}
