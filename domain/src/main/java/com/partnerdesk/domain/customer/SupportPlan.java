package com.partnerdesk.domain.customer;

/** The customer's vendor support plan: {@code CSP} lets the partner file Azure requests. */
public enum SupportPlan {
    CSP, NONE
}
