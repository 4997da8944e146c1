package com.partnerdesk.domain.agent;

/** The policy's answer: allowed, or denied with a reason a person can read. */
public record Permission(boolean allowed, String reason) {
    public static Permission allow() {
        return new Permission(true, "allowed");
    }

    public static Permission deny(String reason) {
        return new Permission(false, reason);
    }
}
