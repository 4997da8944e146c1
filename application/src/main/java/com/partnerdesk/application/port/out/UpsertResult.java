package com.partnerdesk.application.port.out;

/** What storing one imported record did. */
public enum UpsertResult {
    ADDED, UPDATED, UNCHANGED
}
