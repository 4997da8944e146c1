package com.partnerdesk.domain.audit;

import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.common.Require;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One line of the audit trail: who (agent and roles, or operator), what, when (UTC), on which customer
 * and case, from where, and whether it was allowed.
 */
public record AuditEvent(
        Instant at,
        String actor,
        String actorKind,
        Set<Role> roles,
        String action,
        Optional<TenantId> customer,
        Optional<CaseId> caseId,
        Channel channel,
        AuditOutcome outcome,
        String detail) {

    public AuditEvent {
        Require.present("at", at);
        actor = Require.text("actor", actor, 254);
        actorKind = Require.text("actorKind", actorKind, 20);
        roles = Set.copyOf(new TreeSet<>(Require.present("roles", roles)));
        action = Require.text("action", action, 80);
        customer = customer == null ? Optional.empty() : customer;
        caseId = caseId == null ? Optional.empty() : caseId;
        Require.present("channel", channel);
        Require.present("outcome", outcome);
        detail = detail == null ? "" : detail;
    }

    public static AuditEvent of(Actor actor, String action, Optional<TenantId> customer, Optional<CaseId> caseId,
                                Channel channel, AuditOutcome outcome, String detail, Instant at) {
        return new AuditEvent(at.truncatedTo(ChronoUnit.MILLIS), actor.name(), kindOf(actor), actor.roles(), action,
                customer, caseId, channel, outcome, detail);
    }

    /** An attempt by someone not signed in (a failed sign-in, a bad token). */
    public static AuditEvent anonymous(String who, String action, Channel channel, String detail, Instant at) {
        return new AuditEvent(at.truncatedTo(ChronoUnit.MILLIS), who, "ANONYMOUS", Set.of(), action, Optional.empty(),
                Optional.empty(), channel, AuditOutcome.DENIED, detail);
    }

    private static String kindOf(Actor actor) {
        return actor instanceof Actor.Operator ? "OPERATOR" : "AGENT";
    }
}
