package com.partnerdesk.application.service;

import com.partnerdesk.application.error.NotAuthenticatedException;
import com.partnerdesk.application.port.in.AuthenticateUseCase;
import com.partnerdesk.application.port.out.AgentRepository;
import com.partnerdesk.application.port.out.AuditTrail;
import com.partnerdesk.application.port.out.DataVersions;
import com.partnerdesk.application.port.out.PasswordHasher;
import com.partnerdesk.application.port.out.UnitOfWork;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.audit.Channel;
import com.partnerdesk.domain.common.InvalidValueException;
import java.time.Clock;
import java.util.Optional;

/**
 * Sign-in, and who is behind an API token or a session on every request. The agent behind a token (by its digest)
 * or an agent id is kept in memory while {@link DataVersions#agents()} stands still: any change to an agent, its
 * roles, its disabled flag or its tokens, by this process or another, makes the next request read it again. Unknown
 * tokens and disabled agents are never kept.
 */
public final class AuthenticateService implements AuthenticateUseCase {
    private static final String GENERIC = "Wrong e-mail or password, or the account is disabled";
    static final int CACHED_AGENTS = 10_000;

    private final AgentRepository agents;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final DataVersions versions;
    private final VersionedCache<String, TokenUse> byTokenDigest = new VersionedCache<>(CACHED_AGENTS);

    /** The agent behind a token and when the token stops working. */
    private record TokenUse(Actor.AgentActor actor, Optional<java.time.Instant> expiresAt) {
        boolean usableAt(java.time.Instant now) {
            return expiresAt.map(now::isBefore).orElse(true);
        }
    }
    private final VersionedCache<AgentId, Actor.AgentActor> byId = new VersionedCache<>(CACHED_AGENTS);

    public AuthenticateService(AgentRepository agents, PasswordHasher hasher, AuditTrail audit, UnitOfWork unitOfWork,
                               Clock clock, DataVersions versions) {
        this.agents = agents;
        this.versions = versions;
        this.hasher = hasher;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Actor.AgentActor signIn(String email, char[] password, Channel channel) {
        Optional<Agent> agent;
        try {
            Email address = Email.of(email);
            agent = unitOfWork.read(() -> agents.findByEmail(address));
        } catch (InvalidValueException e) {
            agent = Optional.empty();
        }
        Optional<String> hash = agent.flatMap(a -> unitOfWork.read(() -> agents.passwordHash(a.id())));
        boolean matches;
        if (hash.isPresent()) {
            matches = hasher.verify(password, hash.get());
        } else {
            hasher.spendVerifyTime(); // no agent (or no password): the same time, none of Argon2id's memory
            matches = false;
        }
        if (agent.isEmpty() || !matches || agent.get().disabled()) {
            String why = agent.isEmpty() ? "unknown agent" : agent.get().disabled() ? "agent disabled" : "wrong password";
            unitOfWork.writeVoid(() -> audit.append(AuditEvent.anonymous(whoTried(email), "agent.sign-in",
                    channel, why, clock.instant())));
            throw new NotAuthenticatedException(GENERIC);
        }
        Actor.AgentActor actor = agent.get().asActor();
        unitOfWork.writeVoid(() -> audit.append(AuditEvent.of(actor, "agent.sign-in", Optional.empty(),
                Optional.empty(), channel, AuditOutcome.ALLOWED, "signed in", clock.instant())));
        return actor;
    }

    /** The name a failed sign-in is audited under: what was typed, but never blank or too long for the trail. */
    private static String whoTried(String email) {
        String typed = email == null ? "" : email.strip();
        if (typed.isEmpty()) {
            return "(no e-mail given)";
        }
        return typed.length() > 254 ? typed.substring(0, 251) + "..." : typed;
    }

    @Override
    public Optional<Actor.AgentActor> checkToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String digest = ApiTokens.digest(token.strip());
        long version = versions.agents();
        TokenUse known = byTokenDigest.get(digest, version);
        if (known == null) {
            known = unitOfWork.read(() -> agents.findByTokenDigest(digest))
                    .filter(holder -> !holder.agent().disabled())
                    .map(holder -> new TokenUse(holder.agent().asActor(), holder.token().expiresAt()))
                    .orElse(null);
            if (known != null) {
                byTokenDigest.put(digest, version, known);
            }
        }
        return known != null && known.usableAt(clock.instant()) ? Optional.of(known.actor()) : Optional.empty();
    }

    @Override
    public void recordFailedTokens(String address, long attempts, java.time.Instant from, java.time.Instant to) {
        if (attempts <= 0) {
            return;
        }
        String who = "bearer token from " + (address == null || address.isBlank() ? "an unknown address" : address);
        unitOfWork.writeVoid(() -> audit.append(AuditEvent.anonymous(who.length() > 254 ? who.substring(0, 254) : who,
                "agent.token-refused", Channel.API, attempts + " request(s) with an unknown, revoked or expired token "
                        + "between " + from + " and " + to, clock.instant())));
    }

    @Override
    public Optional<Actor.AgentActor> current(AgentId id) {
        long version = versions.agents();
        Actor.AgentActor known = byId.get(id, version);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Actor.AgentActor> actor = unitOfWork.read(() -> agents.find(id)).filter(a -> !a.disabled())
                .map(Agent::asActor);
        actor.ifPresent(a -> byId.put(id, version, a));
        return actor;
    }

    @Override
    public boolean noAgentYet() {
        return unitOfWork.read(() -> agents.all().isEmpty());
    }
}
