package com.partnerdesk.domain.customer;

/** The state of the partner–customer relationship with the vendor. */
public enum RelationshipStatus {
    ACTIVE, PENDING, EXPIRED, TERMINATED
}
