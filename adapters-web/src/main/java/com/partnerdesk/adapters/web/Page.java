package com.partnerdesk.adapters.web;

import java.util.List;

/** What every page's layout needs: the title, who is signed in, the CSRF token for its forms, what to show. */
public record Page(String title, String agentName, List<String> roles, String csrfToken, boolean admin,
                   boolean globalAdmin, String section, boolean mayWorkCases) {

    public Page {
        roles = roles == null ? List.of() : List.copyOf(roles);
        csrfToken = csrfToken == null ? "" : csrfToken;
        section = section == null ? "" : section;
    }

    public boolean signedIn() {
        return agentName != null;
    }
}
