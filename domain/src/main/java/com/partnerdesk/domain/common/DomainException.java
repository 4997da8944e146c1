package com.partnerdesk.domain.common;

/** A rule of the support desk was broken. Each subclass names which one. */
public abstract class DomainException extends RuntimeException {
    protected DomainException(String message) {
        super(message);
    }
}
