package com.partnerdesk.adapters.web.support;

import com.partnerdesk.domain.agent.AgentId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions keyed by a random 256-bit id. A new id at every sign-in; a session dies after
 * its idle or absolute timeout, or at sign-out. Holds only the agent's id and the CSRF token: the
 * agent's roles are re-read on every request.
 */
public final class SessionStore {
    public record Session(String id, AgentId agentId, String csrfToken, Instant createdAt, Instant lastSeenAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;

    public SessionStore(Clock clock, Duration idle, Duration absolute) {
        this.clock = clock;
        this.idle = idle;
        this.absolute = absolute;
    }

    /** 256 random bits, URL-safe: session ids and CSRF tokens. */
    public String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public Session create(AgentId agent) {
        purgeExpired();
        Instant now = clock.instant();
        Session session = new Session(randomToken(), agent, randomToken(), now, now);
        sessions.put(session.id(), session);
        return session;
    }

    /** The live session for this id, touched; an expired one is removed. */
    public Optional<Session> find(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        Session session = sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(session, now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        Session touched = new Session(session.id(), session.agentId(), session.csrfToken(), session.createdAt(), now);
        sessions.put(id, touched);
        return Optional.of(touched);
    }

    public void invalidate(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    public int size() {
        return sessions.size();
    }

    private boolean expired(Session session, Instant now) {
        return now.isAfter(session.lastSeenAt().plus(idle)) || now.isAfter(session.createdAt().plus(absolute));
    }

    private void purgeExpired() {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> expired(s, now));
    }
}
