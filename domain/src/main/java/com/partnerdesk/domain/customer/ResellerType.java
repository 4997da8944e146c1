package com.partnerdesk.domain.customer;

/** Whether the partner bills the customer directly or as the indirect reseller of another provider. */
public enum ResellerType {
    DIRECT, INDIRECT
}
