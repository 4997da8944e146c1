package com.partnerdesk.domain.common;

/** A value object was given a value it cannot hold; names the field and the value. */
public final class InvalidValueException extends DomainException {
    private final String field;

    public InvalidValueException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
