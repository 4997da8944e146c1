package com.partnerdesk.adapters.web.signin;

import static com.partnerdesk.adapters.web.support.WebRole.AGENTS;
import static com.partnerdesk.adapters.web.support.WebRole.ANYONE;

import com.partnerdesk.adapters.web.support.Cookies;
import com.partnerdesk.adapters.web.support.Json;
import com.partnerdesk.adapters.web.support.Pages;
import com.partnerdesk.adapters.web.support.Requests;
import com.partnerdesk.adapters.web.support.Resource;
import com.partnerdesk.adapters.web.support.SessionStore;
import com.partnerdesk.application.error.NotAuthenticatedException;
import com.partnerdesk.application.port.in.AuthenticateUseCase;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.audit.Channel;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Signing in and out of the pages (a session cookie), and {@code GET /api/v1/me}: who the caller is. */
public final class SignInRoutes implements Resource {
    private final AuthenticateUseCase authenticate;
    private final SessionStore sessions;
    private final Cookies cookies;
    private final Pages pages;
    private final Json json;
    private final SignInLimiter limiter;
    private final Duration sessionLifetime;
    private final Consumer<Context> checkOrigin;

    public SignInRoutes(AuthenticateUseCase authenticate, SessionStore sessions, Cookies cookies, Pages pages, Json json,
                        Clock clock, SignInLimits limits, Duration sessionLifetime, Consumer<Context> checkOrigin) {
        this.authenticate = authenticate;
        this.sessions = sessions;
        this.cookies = cookies;
        this.pages = pages;
        this.json = json;
        this.limiter = new SignInLimiter(clock, limits);
        this.sessionLifetime = sessionLifetime;
        this.checkOrigin = checkOrigin;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/sign-in", this::signInPage, ANYONE);
        r.post("/sign-in", this::signIn, ANYONE);
        r.post("/sign-out", this::signOut, AGENTS);
        r.get(Requests.API + "/me", this::me, AGENTS);
    }

    private void signInPage(Context ctx) {
        if (Requests.optionalCaller(ctx).isPresent()) {
            ctx.redirect("/cases", HttpStatus.SEE_OTHER);
            return;
        }
        renderSignIn(ctx, 200, "", "");
    }

    private void renderSignIn(Context ctx, int status, String email, String error) {
        String token = sessions.randomToken();
        cookies.set(ctx, Requests.SIGN_IN_CSRF_COOKIE, token, 3600);
        pages.render(ctx, status, "signin/signin.jte", Map.of("page", Pages.anonymous("Sign in", token), "email", email,
                "error", error, "noAgentYet", authenticate.noAgentYet()));
    }

    /** How long a browser an agent signed in with is remembered for the sign-in limits (ADR 0014). */
    private static final long TRUSTED_BROWSER_SECONDS = 180L * 24 * 3600;

    private void signIn(Context ctx) {
        checkOrigin.accept(ctx);
        Requests.checkCsrfToken(ctx.formParam(Requests.CSRF_FIELD), ctx.cookie(Requests.SIGN_IN_CSRF_COOKIE));
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("").strip();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        String browser = ctx.cookie(SignInLimiter.TRUSTED_BROWSER_COOKIE);
        Actor.AgentActor agent;
        try {
            agent = limiter.attempt(email, ctx.ip(), browser,
                    () -> authenticate.signIn(email, password.toCharArray(), Channel.WEB));
        } catch (NotAuthenticatedException e) {
            renderSignIn(ctx, 401, email, e.getMessage());
            return;
        }
        if (!limiter.trusts(browser, agent.email().value())) {
            cookies.set(ctx, SignInLimiter.TRUSTED_BROWSER_COOKIE, limiter.trustedBrowserCookie(agent.email().value()),
                    TRUSTED_BROWSER_SECONDS);
        }
        sessions.invalidate(ctx.cookie(Requests.SESSION_COOKIE));
        SessionStore.Session session = sessions.create(agent.agentId());
        cookies.set(ctx, Requests.SESSION_COOKIE, session.id(), sessionLifetime.toSeconds());
        cookies.set(ctx, Requests.SIGN_IN_CSRF_COOKIE, "", 0);
        ctx.redirect("/cases", HttpStatus.SEE_OTHER);
    }

    private void signOut(Context ctx) {
        sessions.invalidate(ctx.cookie(Requests.SESSION_COOKIE));
        cookies.set(ctx, Requests.SESSION_COOKIE, "", 0);
        ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
    }

    private void me(Context ctx) {
        Caller caller = Requests.caller(ctx);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", caller.actor().name());
        m.put("roles", caller.actor().roles().stream().map(Enum::name).sorted().toList());
        m.put("screened", caller.actor().screened());
        json.respond(ctx, 200, m);
    }
}
