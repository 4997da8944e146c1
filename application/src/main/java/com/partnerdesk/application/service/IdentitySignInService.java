package com.partnerdesk.application.service;

import com.partnerdesk.application.error.NotAuthenticatedException;
import com.partnerdesk.application.port.in.IdentitySignInUseCase;
import com.partnerdesk.application.port.out.AgentIdentities;
import com.partnerdesk.application.port.out.AgentRepository;
import com.partnerdesk.application.port.out.AuditTrail;
import com.partnerdesk.application.port.out.GroupMappings;
import com.partnerdesk.application.port.out.IdentityProvider;
import com.partnerdesk.application.port.out.UnitOfWork;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.GroupGrant;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.audit.Channel;
import com.partnerdesk.domain.common.InvalidValueException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Sign-in through the identity provider (ADR 0023). The sign-ins begun and not yet answered are kept in memory, each
 * for ten minutes and taken at its first answer, so a state (and the nonce and code verifier behind it) works once.
 * Whom the answer admits is decided in one write: the agent linked to the person (or, at their first sign-in, the
 * agent with their e-mail, or a new agent), given the roles of their mapped groups, with their groups kept; with no
 * mapped group left the agent is disabled and the sign-in refused. Refusals are audited in a transaction of their own.
 */
public final class IdentitySignInService implements IdentitySignInUseCase {
    static final Duration PENDING_LIFE = Duration.ofMinutes(10);
    static final int MAX_PENDING = 10_000;
    private static final String REFUSED = "Sign-in through the identity provider was refused: ";

    private final Optional<IdentityProvider> provider;
    private final GroupMappings mappings;
    private final AgentIdentities identities;
    private final AgentRepository agents;
    private final AuditTrail audit;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final boolean requireMfa;
    private final boolean localSignIn;
    private final Map<String, Pending> pending = new LinkedHashMap<>();

    private record Pending(IdentityProvider.Authorization authorization, Instant at) {
    }

    /** What the write decided: the agent admitted, or why not (the write itself is kept either way). */
    private record Outcome(Optional<Actor.AgentActor> actor, String who, String refusal) {
    }

    public IdentitySignInService(Optional<IdentityProvider> provider, GroupMappings mappings,
                                 AgentIdentities identities, AgentRepository agents, AuditTrail audit,
                                 UnitOfWork unitOfWork, Clock clock, boolean requireMfa, boolean localSignIn) {
        this.provider = provider;
        this.mappings = mappings;
        this.identities = identities;
        this.agents = agents;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.requireMfa = requireMfa;
        this.localSignIn = localSignIn;
    }

    @Override
    public boolean offered() {
        return provider.isPresent();
    }

    @Override
    public boolean localSignInOffered() {
        return localSignIn;
    }

    @Override
    public SignInRedirect begin(URI redirectUri) {
        IdentityProvider idp = provider.orElseThrow(() -> new NotAuthenticatedException(
                "Sign-in through an identity provider is not set up on this desk"));
        IdentityProvider.Authorization authorization;
        try {
            authorization = idp.start(redirectUri);
        } catch (IdentityProvider.Refused e) {
            throw refuse("(identity provider)", e.getMessage(), Channel.WEB);
        }
        synchronized (pending) {
            dropExpired(clock.instant());
            if (pending.size() >= MAX_PENDING) {
                Iterator<String> oldest = pending.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
            pending.put(authorization.state(), new Pending(authorization, clock.instant()));
        }
        return new SignInRedirect(authorization.location(), authorization.state());
    }

    @Override
    public Actor.AgentActor complete(String state, String browserState, String code, URI redirectUri,
                                     Channel channel) {
        IdentityProvider idp = provider.orElseThrow(() -> new NotAuthenticatedException(
                "Sign-in through an identity provider is not set up on this desk"));
        Pending started = take(state);
        if (started == null) {
            throw refuse("(identity provider)", "unknown, expired or already used sign-in state", channel);
        }
        if (browserState == null || !MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
                browserState.getBytes(StandardCharsets.UTF_8))) {
            throw refuse("(identity provider)", "the sign-in was started in another browser", channel);
        }
        IdentityProvider.VerifiedIdentity identity;
        try {
            identity = idp.finish(code, started.authorization(), redirectUri);
        } catch (IdentityProvider.Refused e) {
            throw refuse("(identity provider)", e.getMessage(), channel);
        }
        if (requireMfa && !identity.methods().contains("mfa")) {
            throw refuse(identity.email(), "no multi-factor sign-in (the ID token's amr claim holds "
                    + new TreeSet<>(identity.methods()) + ", not mfa)", channel);
        }
        Outcome outcome = unitOfWork.write(() -> admit(identity, channel));
        if (outcome.actor().isEmpty()) {
            throw refuse(outcome.who(), outcome.refusal(), channel);
        }
        return outcome.actor().get();
    }

    private Outcome admit(IdentityProvider.VerifiedIdentity identity, Channel channel) {
        Instant now = clock.instant();
        Email email;
        try {
            email = Email.of(identity.email());
        } catch (InvalidValueException e) {
            return new Outcome(Optional.empty(), identity.email(), "the ID token's e-mail " + e.getMessage());
        }
        Optional<Agent> known = identities.findBySubject(identity.issuer(), identity.subject()).flatMap(agents::find);
        boolean linked = known.isPresent();
        if (known.isEmpty()) {
            known = agents.findByEmail(email);
            if (known.isPresent() && identities.linked(known.get().id())) {
                return new Outcome(Optional.empty(), email.value(), "the e-mail " + email
                        + " belongs to an agent linked to another person of the identity provider");
            }
        }
        Optional<GroupGrant> grant = GroupGrant.of(identity.groups(), mappings.all());
        if (grant.isEmpty()) {
            known.ifPresent(agent -> {
                identities.replaceGroups(agent.id(), identity.groups(), now);
                if (!agent.disabled()) {
                    agents.update(agent.disable());
                    agents.revokeTokens(agent.id());
                    audit.append(AuditEvent.of(agent.asActor(), "agent.disable", Optional.empty(), Optional.empty(),
                            channel, AuditOutcome.ALLOWED, "disabled at sign-in through the identity provider: no "
                                    + "mapped Entra group remains; tokens revoked", now));
                }
            });
            return new Outcome(Optional.empty(), email.value(), "no mapped Entra group gives a role"
                    + (known.isPresent() ? "; the agent is disabled" : ""));
        }
        GroupGrant granted = grant.get();
        Agent agent;
        if (known.isEmpty()) {
            agent = new Agent(AgentId.random(), email, identity.name(), granted.roles(), false, granted.screened());
            agents.insert(agent, Optional.empty(), now);
            audit.append(AuditEvent.of(agent.asActor(), "agent.add", Optional.empty(), Optional.empty(), channel,
                    AuditOutcome.ALLOWED, "created at first sign-in through the identity provider with roles "
                            + new TreeSet<>(granted.roles()) + (granted.screened() ? ", screened" : ""), now));
        } else {
            agent = known.get();
            if (agent.disabled()) {
                identities.replaceGroups(agent.id(), identity.groups(), now);
                return new Outcome(Optional.empty(), email.value(), "the agent is disabled in the desk");
            }
            Agent updated = new Agent(agent.id(), agent.email(), identity.name(), granted.roles(), false,
                    granted.screened());
            if (!updated.equals(agent)) {
                agents.update(updated);
            }
            agent = updated;
        }
        if (!linked) {
            identities.link(agent.id(), identity.issuer(), identity.subject(), now);
        }
        identities.replaceGroups(agent.id(), identity.groups(), now);
        Actor.AgentActor actor = agent.asActor();
        audit.append(AuditEvent.of(actor, "agent.sign-in", Optional.empty(), Optional.empty(), channel,
                AuditOutcome.ALLOWED, "signed in through the identity provider with roles "
                        + new TreeSet<>(granted.roles()), now));
        return new Outcome(Optional.of(actor), email.value(), "");
    }

    @Override
    public Optional<URI> signOutUri(URI afterSignOut) {
        return provider.flatMap(idp -> idp.signOutUri(afterSignOut));
    }

    private Pending take(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        synchronized (pending) {
            Pending found = pending.remove(state);
            return found == null || clock.instant().isAfter(found.at().plus(PENDING_LIFE)) ? null : found;
        }
    }

    private void dropExpired(Instant now) {
        pending.values().removeIf(p -> now.isAfter(p.at().plus(PENDING_LIFE)));
    }

    private NotAuthenticatedException refuse(String who, String why, Channel channel) {
        String name = who == null || who.isBlank() ? "(identity provider)" : who.length() > 254 ? who.substring(0, 254)
                : who;
        unitOfWork.writeVoid(() -> audit.append(AuditEvent.anonymous(name, "agent.sign-in", channel,
                "identity provider: " + why, clock.instant())));
        return new NotAuthenticatedException(REFUSED + why);
    }
}
