package com.partnerdesk.application.port.out;

/**
 * Whether anything stored has changed, cheaply enough to ask on every request: what the use cases keep in memory
 * (the agent behind an API token, a case's view) is served only while the version it was read at is current.
 *
 * <p>Changes count from every writer of the store, this process or another (an operator's CLI on the same
 * database file). Inside a unit of work every call answers a number never answered before, so nothing read inside
 * a transaction (which may still roll back, or reads an older snapshot) is ever taken for current.
 */
public interface DataVersions {
    /**
     * A number that is the same on two calls only if nothing at all was committed between them. Read it before
     * reading what it is to guard.
     */
    long anyChange();

    /**
     * A number that is the same on two calls only if no agent, role, disabled flag or API token was added, changed or
     * removed between them (other changes leave it alone). Read it before reading what it is to guard.
     */
    long agents();
}
