package com.partnerdesk.domain.cases;

/** The two promises a customer clock keeps: the first response to the customer, and the resolution. */
public enum ClockTarget {
    FIRST_RESPONSE, RESOLUTION
}
