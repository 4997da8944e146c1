package com.partnerdesk.adapters.web.signin;

import com.partnerdesk.adapters.web.support.Cookies;
import com.partnerdesk.adapters.web.support.Pages;
import com.partnerdesk.adapters.web.support.Requests;
import com.partnerdesk.adapters.web.support.SessionStore;
import com.partnerdesk.application.port.in.AuthenticateUseCase;
import com.partnerdesk.application.port.in.IdentitySignInUseCase;
import com.partnerdesk.domain.agent.AgentId;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The sign-in page each way of signing in shows (with what went wrong, if anything), and the start of a session once
 * an agent is signed in, whichever way.
 */
final class SignInPage {
    private final AuthenticateUseCase authenticate;
    private final IdentitySignInUseCase identitySignIn;
    private final SessionStore sessions;
    private final Cookies cookies;
    private final Pages pages;
    private final Duration sessionLifetime;

    SignInPage(AuthenticateUseCase authenticate, IdentitySignInUseCase identitySignIn, SessionStore sessions,
               Cookies cookies, Pages pages, Duration sessionLifetime) {
        this.authenticate = authenticate;
        this.identitySignIn = identitySignIn;
        this.sessions = sessions;
        this.cookies = cookies;
        this.pages = pages;
        this.sessionLifetime = sessionLifetime;
    }

    void render(Context ctx, int status, String email, String error) {
        String token = sessions.randomToken();
        cookies.set(ctx, Requests.SIGN_IN_CSRF_COOKIE, token, 3600);
        Map<String, Object> params = new HashMap<>();
        params.put("page", Pages.anonymous("Sign in", token));
        params.put("email", email);
        params.put("error", error);
        params.put("noAgentYet", authenticate.noAgentYet());
        params.put("microsoft", identitySignIn.offered());
        params.put("localSignIn", identitySignIn.localSignInOffered());
        params.put("signOutOfMicrosoft", ctx.queryParam("signed-out") == null ? ""
                : identitySignIn.signOutUri(URI.create(deskAddress(ctx) + "/sign-in")).map(URI::toString).orElse(""));
        pages.render(ctx, status, "signin/signin.jte", params);
    }

    /** A new session for the agent (any earlier one of this browser ended), and on to the case queue. */
    void startSession(Context ctx, AgentId agent) {
        sessions.invalidate(ctx.cookie(Requests.SESSION_COOKIE));
        SessionStore.Session session = sessions.create(agent);
        cookies.set(ctx, Requests.SESSION_COOKIE, session.id(), sessionLifetime.toSeconds());
        cookies.set(ctx, Requests.SIGN_IN_CSRF_COOKIE, "", 0);
        ctx.redirect("/cases", HttpStatus.SEE_OTHER);
    }

    /** The desk's own address as this request reached it, as the Origin check reads it. */
    static String deskAddress(Context ctx) {
        return ctx.scheme() + "://" + ctx.host();
    }

    Cookies cookies() {
        return cookies;
    }

    SessionStore sessions() {
        return sessions;
    }
}
