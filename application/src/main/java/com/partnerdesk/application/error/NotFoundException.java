package com.partnerdesk.application.error;

/** No such record in this installation (unknown and foreign ids alike). */
public final class NotFoundException extends ApplicationException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
