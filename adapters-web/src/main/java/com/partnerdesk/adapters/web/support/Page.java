package com.partnerdesk.adapters.web.support;

import com.partnerdesk.application.port.in.Abilities;
import java.util.List;

/**
 * What every page's layout needs: the title, who is signed in, the CSRF token for its forms, what the agent may do (as
 * the application decided it), the menu section, and the confirmation of what the agent's last action did.
 */
public record Page(String title, String agentName, List<String> roles, String csrfToken, Abilities abilities,
                   String section, String notice) {

    public Page {
        roles = roles == null ? List.of() : List.copyOf(roles);
        csrfToken = csrfToken == null ? "" : csrfToken;
        abilities = abilities == null ? Abilities.NONE : abilities;
        section = section == null ? "" : section;
        notice = notice == null ? "" : notice;
    }

    public boolean signedIn() {
        return agentName != null;
    }

    /** Health issues are in the menu. */
    public boolean admin() {
        return abilities.manageHealth();
    }

    /** Agents are in the menu. */
    public boolean globalAdmin() {
        return abilities.manageAgents();
    }

    public boolean mayWorkCases() {
        return abilities.workCases();
    }
}
