package com.partnerdesk.adapters.web.signin;

import static com.partnerdesk.adapters.web.support.WebRole.ANYONE;

import com.partnerdesk.adapters.web.support.Resource;
import com.partnerdesk.application.error.NotAuthenticatedException;
import com.partnerdesk.application.port.in.IdentitySignInUseCase;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.audit.Channel;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.util.Optional;

/**
 * "Sign in with Microsoft": {@code GET /sign-in/microsoft} sends the browser to the partner's Entra ID with a new
 * state, also kept in a cookie of this browser for ten minutes; {@code GET /sign-in/microsoft/callback} takes the
 * answer and signs the agent in. The cookie is SameSite=Lax, so the provider's redirect back (a top-level GET) carries it.
 */
public final class ProviderSignInRoutes implements Resource {
    static final String STATE_COOKIE = "pd_oidc_state";
    static final String CALLBACK = "/sign-in/microsoft/callback";
    private static final long STATE_SECONDS = 600;

    private final IdentitySignInUseCase identitySignIn;
    private final SignInPage page;

    ProviderSignInRoutes(IdentitySignInUseCase identitySignIn, SignInPage page) {
        this.identitySignIn = identitySignIn;
        this.page = page;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/sign-in/microsoft", this::begin, ANYONE);
        r.get(CALLBACK, this::callback, ANYONE);
    }

    private void begin(Context ctx) {
        if (!identitySignIn.offered()) {
            page.render(ctx, 404, "", "Sign-in with Microsoft is not set up on this desk.");
            return;
        }
        IdentitySignInUseCase.SignInRedirect redirect;
        try {
            redirect = identitySignIn.begin(redirectUri(ctx));
        } catch (NotAuthenticatedException e) {
            page.render(ctx, 503, "", e.getMessage());
            return;
        }
        page.cookies().set(ctx, STATE_COOKIE, redirect.state(), STATE_SECONDS);
        ctx.header("Cache-Control", "no-store");
        ctx.redirect(redirect.location().toString(), HttpStatus.SEE_OTHER);
    }

    private void callback(Context ctx) {
        String browserState = ctx.cookie(STATE_COOKIE);
        page.cookies().set(ctx, STATE_COOKIE, "", 0);
        Optional<String> error = Optional.ofNullable(ctx.queryParam("error"));
        if (error.isPresent()) {
            String why = Optional.ofNullable(ctx.queryParam("error_description")).orElse(error.get());
            page.render(ctx, 401, "", "Microsoft did not sign you in: " + why);
            return;
        }
        Actor.AgentActor agent;
        try {
            agent = identitySignIn.complete(ctx.queryParam("state"), browserState, ctx.queryParam("code"),
                    redirectUri(ctx), Channel.WEB);
        } catch (NotAuthenticatedException e) {
            page.render(ctx, 401, "", e.getMessage());
            return;
        }
        page.startSession(ctx, agent.agentId());
    }

    private static URI redirectUri(Context ctx) {
        return URI.create(SignInPage.deskAddress(ctx) + CALLBACK);
    }
}
