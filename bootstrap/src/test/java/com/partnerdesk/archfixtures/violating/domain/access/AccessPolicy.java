package com.partnerdesk.archfixtures.violating.domain.access;

/** Fixture: a domain policy, the application's to ask. */
public final class AccessPolicy {

    public boolean mayEscalate(String role) {
        return !"SALES".equals(role);
    }
}
