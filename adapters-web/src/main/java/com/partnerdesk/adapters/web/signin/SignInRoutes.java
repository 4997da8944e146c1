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
import com.partnerdesk.application.port.in.IdentitySignInUseCase;
import com.partnerdesk.application.port.in.SecondFactorUseCase;
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

/**
 * Signing in and out of the pages (a session cookie): with a desk password and, when the agent enrolled one, the code
 * of their second factor ({@code /sign-in/second-factor}, under the same limits as passwords), or with Microsoft
 * ({@link ProviderSignInRoutes}); and {@code GET /api/v1/me}: who the caller is.
 */
public final class SignInRoutes implements Resource {
    private final AuthenticateUseCase authenticate;
    private final IdentitySignInUseCase identitySignIn;
    private final SecondFactorUseCase secondFactor;
    private final SessionStore sessions;
    private final Cookies cookies;
    private final Pages pages;
    private final Json json;
    private final SignInLimiter limiter;
    private final Consumer<Context> checkOrigin;
    private final SignInPage page;
    private final SecondFactorStep step;
    private final ProviderSignInRoutes provider;

    public SignInRoutes(AuthenticateUseCase authenticate, IdentitySignInUseCase identitySignIn,
                        SecondFactorUseCase secondFactor, SessionStore sessions, Cookies cookies, Pages pages, Json json,
                        Clock clock, SignInLimits limits, Duration sessionLifetime, Consumer<Context> checkOrigin) {
        this.authenticate = authenticate;
        this.identitySignIn = identitySignIn;
        this.secondFactor = secondFactor;
        this.sessions = sessions;
        this.cookies = cookies;
        this.pages = pages;
        this.json = json;
        this.limiter = new SignInLimiter(clock, limits);
        this.checkOrigin = checkOrigin;
        this.page = new SignInPage(authenticate, identitySignIn, sessions, cookies, pages, sessionLifetime);
        this.step = new SecondFactorStep(clock);
        this.provider = new ProviderSignInRoutes(identitySignIn, page);
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/sign-in", this::signInPage, ANYONE);
        r.post("/sign-in", this::signIn, ANYONE);
        r.get("/sign-in/second-factor", this::secondFactorPage, ANYONE);
        r.post("/sign-in/second-factor", this::secondFactor, ANYONE);
        provider.register(r);
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
        page.render(ctx, status, email, error);
    }

    /** How long a browser an agent signed in with is remembered for the sign-in limits (ADR 0014). */
    private static final long TRUSTED_BROWSER_SECONDS = 180L * 24 * 3600;

    private void signIn(Context ctx) {
        checkOrigin.accept(ctx);
        Requests.checkCsrfToken(ctx.formParam(Requests.CSRF_FIELD), ctx.cookie(Requests.SIGN_IN_CSRF_COOKIE));
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("").strip();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        if (!identitySignIn.localSignInOffered()) {
            renderSignIn(ctx, 403, "", "Password sign-in is turned off on this desk: sign in with Microsoft.");
            return;
        }
        String browser = ctx.cookie(SignInLimiter.TRUSTED_BROWSER_COOKIE);
        Actor.AgentActor agent;
        try {
            agent = limiter.attempt(email, ctx.ip(), browser,
                    () -> authenticate.signIn(email, password.toCharArray(), Channel.WEB));
        } catch (NotAuthenticatedException e) {
            renderSignIn(ctx, 401, email, e.getMessage());
            return;
        }
        if (secondFactor.required(agent.agentId())) {
            step.ask(ctx, page, agent); // no session, and no trusted browser, until the code is right too
            return;
        }
        signedIn(ctx, browser, agent);
    }

    private void secondFactorPage(Context ctx) {
        if (step.find(ctx).isEmpty()) {
            ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
            return;
        }
        step.render(ctx, pages, page, 200, "");
    }

    /** The code of the agent's second factor: the same limits per e-mail and address as their password. */
    private void secondFactor(Context ctx) {
        checkOrigin.accept(ctx);
        Requests.checkCsrfToken(ctx.formParam(Requests.CSRF_FIELD), ctx.cookie(Requests.SIGN_IN_CSRF_COOKIE));
        Optional<SecondFactorStep.Waiting> waiting = step.find(ctx);
        if (waiting.isEmpty()) {
            renderSignIn(ctx, 401, "", "The sign-in took too long: sign in again.");
            return;
        }
        String code = Optional.ofNullable(ctx.formParam("code")).orElse("");
        String browser = ctx.cookie(SignInLimiter.TRUSTED_BROWSER_COOKIE);
        Actor.AgentActor agent;
        try {
            agent = limiter.attempt(waiting.get().email(), ctx.ip(), browser,
                    () -> secondFactor.verify(waiting.get().agentId(), code, Channel.WEB));
        } catch (NotAuthenticatedException e) {
            step.render(ctx, pages, page, 401, e.getMessage());
            return;
        }
        step.done(ctx, page);
        signedIn(ctx, browser, agent);
    }

    /** The browser is remembered for the agent's sign-in limits, and the session starts. */
    private void signedIn(Context ctx, String browser, Actor.AgentActor agent) {
        if (!limiter.trusts(browser, agent.email().value())) {
            cookies.set(ctx, SignInLimiter.TRUSTED_BROWSER_COOKIE, limiter.trustedBrowserCookie(agent.email().value()),
                    TRUSTED_BROWSER_SECONDS);
        }
        page.startSession(ctx, agent.agentId());
    }

    /** Ends the desk's session; where the desk signs in with Microsoft, the page offers Microsoft's sign-out too. */
    private void signOut(Context ctx) {
        sessions.invalidate(ctx.cookie(Requests.SESSION_COOKIE));
        cookies.set(ctx, Requests.SESSION_COOKIE, "", 0);
        ctx.redirect(identitySignIn.offered() ? "/sign-in?signed-out=1" : "/sign-in", HttpStatus.SEE_OTHER);
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
