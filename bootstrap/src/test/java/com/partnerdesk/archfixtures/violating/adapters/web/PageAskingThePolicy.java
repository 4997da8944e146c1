package com.partnerdesk.archfixtures.violating.adapters.web;

import com.partnerdesk.archfixtures.violating.domain.access.AccessPolicy;

/** Fixture: a page that decides what the caller may do by asking the domain's policy itself. */
public final class PageAskingThePolicy {
    private final AccessPolicy policy = new AccessPolicy();

    public String escalateButton(String role) {
        return policy.mayEscalate(role) ? "<button>Escalate</button>" : "";
    }
}
