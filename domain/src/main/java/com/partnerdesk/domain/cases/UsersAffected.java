package com.partnerdesk.domain.cases;

/** How many of the customer's users the problem reaches. */
public enum UsersAffected {
    ONE, SEVERAL, TENANT
}
