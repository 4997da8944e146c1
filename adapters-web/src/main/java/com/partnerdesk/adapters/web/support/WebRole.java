package com.partnerdesk.adapters.web.support;

import com.partnerdesk.domain.agent.Role;
import io.javalin.security.RouteRole;
import java.util.Set;

/**
 * The roles a route admits. Every route declares them; a route that declares none is unreachable. The
 * permission policy itself (SPEC §2) is the use cases' business: they refuse and audit what a role may
 * not do, so most routes admit every agent role and let the use case decide.
 */
public enum WebRole implements RouteRole {
    /** Reachable without signing in: the sign-in page, static files. */
    ANYONE,
    GLOBAL_ADMIN,
    ADMIN_AGENT,
    HELPDESK_AGENT,
    SALES_AGENT;

    /** Any signed-in agent. */
    public static final WebRole[] AGENTS = {GLOBAL_ADMIN, ADMIN_AGENT, HELPDESK_AGENT, SALES_AGENT};

    public static WebRole of(Role role) {
        return switch (role) {
            case GLOBAL_ADMIN -> GLOBAL_ADMIN;
            case ADMIN_AGENT -> ADMIN_AGENT;
            case HELPDESK_AGENT -> HELPDESK_AGENT;
            case SALES_AGENT -> SALES_AGENT;
        };
    }

    public static boolean admits(Set<? extends RouteRole> routeRoles, Set<Role> agentRoles) {
        return agentRoles.stream().map(WebRole::of).anyMatch(routeRoles::contains);
    }
}
