package com.partnerdesk.domain.cases;

/** The business impact the customer reports. */
public enum Impact {
    CRITICAL, MODERATE, MINIMAL
}
