package com.partnerdesk.adapters.web.signin;

import com.partnerdesk.adapters.web.support.Pages;
import com.partnerdesk.adapters.web.support.Requests;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.agent.AgentId;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Between a right password and the code of the agent's second factor: who is half signed in, kept here (never in the
 * browser) under a random token the browser holds in a cookie for five minutes. Nothing is a session until the code
 * is right.
 */
final class SecondFactorStep {
    static final String COOKIE = "pd_second_factor";
    static final Duration LIFE = Duration.ofMinutes(5);
    private static final int MAX_WAITING = 10_000;

    /** An agent whose password was right, waiting for their code. */
    record Waiting(AgentId agentId, String email, Instant since) {
    }

    private final Clock clock;
    private final Map<String, Waiting> waiting = new LinkedHashMap<>();

    SecondFactorStep(Clock clock) {
        this.clock = clock;
    }

    /** Remembers the agent, gives the browser its token, and asks for the code. */
    void ask(Context ctx, SignInPage page, Actor.AgentActor agent) {
        String token = page.sessions().randomToken();
        synchronized (waiting) {
            Instant now = clock.instant();
            waiting.values().removeIf(w -> expired(w, now));
            if (waiting.size() >= MAX_WAITING) {
                Iterator<String> oldest = waiting.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
            waiting.put(token, new Waiting(agent.agentId(), agent.email().value(), now));
        }
        page.cookies().set(ctx, COOKIE, token, LIFE.toSeconds());
        ctx.redirect("/sign-in/second-factor", HttpStatus.SEE_OTHER);
    }

    Optional<Waiting> find(Context ctx) {
        String token = ctx.cookie(COOKIE);
        if (token == null) {
            return Optional.empty();
        }
        synchronized (waiting) {
            Waiting w = waiting.get(token);
            if (w == null || expired(w, clock.instant())) {
                waiting.remove(token);
                return Optional.empty();
            }
            return Optional.of(w);
        }
    }

    void done(Context ctx, SignInPage page) {
        String token = ctx.cookie(COOKIE);
        if (token != null) {
            synchronized (waiting) {
                waiting.remove(token);
            }
        }
        page.cookies().set(ctx, COOKIE, "", 0);
    }

    void render(Context ctx, Pages pages, SignInPage page, int status, String error) {
        String csrf = page.sessions().randomToken();
        page.cookies().set(ctx, Requests.SIGN_IN_CSRF_COOKIE, csrf, 3600);
        pages.render(ctx, status, "signin/secondfactor.jte", Map.of("page", Pages.anonymous("Second factor", csrf),
                "error", error));
    }

    private static boolean expired(Waiting w, Instant now) {
        return !now.isBefore(w.since().plus(LIFE));
    }
}
