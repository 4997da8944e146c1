package com.partnerdesk.adapters.web.agents;

import com.partnerdesk.adapters.web.support.Inputs;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.Role;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads what an administrator sends about agents, from the agents page's forms or an API body. */
final class AgentInput {
    private AgentInput() {
    }

    /** A new agent: e-mail, name, at least one role, and the password to sign in with. */
    record NewAgent(Email email, String name, Set<Role> roles, Optional<String> password) {
    }

    static NewAgent newAgent(Inputs in) {
        Optional<Email> email = email(in);
        String name = in.required("name");
        Set<Role> roles = roles(in);
        Optional<String> password = in.text("password");
        if (password.isEmpty()) {
            in.fault("password", "is required: the agent signs in with it (at least 12 characters; they can be told it "
                    + "in person and an admin can set a new one at any time)");
        }
        in.check();
        return new NewAgent(email.orElseThrow(), name, roles, password);
    }

    static Email agent(Inputs in) {
        Optional<Email> email = email(in);
        in.check();
        return email.orElseThrow();
    }

    static Optional<Email> email(Inputs in) {
        if (in.text("email").isEmpty()) {
            in.fault("email", "is required");
            return Optional.empty();
        }
        return in.value("email", () -> Email.of(in.text("email").orElseThrow()));
    }

    /** The roles named (ticked on the page, listed in JSON): at least one, each a role. */
    static Set<Role> roles(Inputs in) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : in.strings("roles")) {
            try {
                roles.add(Role.valueOf(role.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                in.fault("roles", "'" + role + "' is not one of GLOBAL_ADMIN, ADMIN_AGENT, HELPDESK_AGENT, SALES_AGENT");
            }
        }
        if (roles.isEmpty()) {
            in.fault("roles", "choose at least one role");
        }
        return roles;
    }
}
