package com.partnerdesk.domain.customer;

import com.partnerdesk.domain.common.Require;

/** The vendor cloud a customer's tenant lives in. */
public enum Cloud {
    COMMERCIAL, GCC, GCC_HIGH, DOD;

    public static Cloud parse(String field, String value) {
        return Require.oneOf(field, Cloud.class, value);
    }
}
