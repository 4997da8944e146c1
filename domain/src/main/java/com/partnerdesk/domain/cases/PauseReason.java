package com.partnerdesk.domain.cases;

/**
 * Why the customer's resolution clock is not running: the case waits on a documented incident, on the vendor, or on
 * the customer; or it is resolved (the clock stops, and picks up where it stopped if the case is re-opened).
 */
public enum PauseReason {
    WAITING_ON_INCIDENT, WAITING_ON_VENDOR, WAITING_ON_CUSTOMER, RESOLVED;

    /** A pause the clock shows as such; a resolved case's clock is stopped, not paused. */
    public boolean isWaiting() {
        return this != RESOLVED;
    }
}
