package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.audit.Channel;
import java.net.URI;
import java.util.Optional;

/**
 * Sign-in through the partner's identity provider (Microsoft Entra ID): the browser is sent to the provider, comes
 * back with a code, and the person is admitted as the agent their mapped Entra groups make them (created at their
 * first sign-in, updated at every one, disabled when no mapped group remains).
 */
public interface IdentitySignInUseCase {
    /** True when the desk is set up to sign in through the identity provider. */
    boolean offered();

    /**
     * True unless the installation turned password sign-in off ({@code PARTNERDESK_LOCAL_SIGN_IN=false}): then only
     * the identity provider signs agents in to the web, and the ops CLI stays the way in for break-glass work.
     */
    boolean localSignInOffered();

    /**
     * A new sign-in: where to send the browser, and the state it must bring back (the adapter also keeps it with the
     * browser, so that an answer started in another browser is refused). A state works once, for ten minutes.
     */
    SignInRedirect begin(URI redirectUri);

    /**
     * The agent the provider's answer admits, or a NotAuthenticatedException (audited) naming why not: an unknown,
     * expired or replayed state, a state not this browser's, a refused code or ID token, no multi-factor sign-in
     * (when required), no mapped group, a disabled agent.
     */
    Actor.AgentActor complete(String state, String browserState, String code, URI redirectUri, Channel channel);

    /** The provider's own sign-out page, returning to {@code afterSignOut}, when the desk signs in through one. */
    Optional<URI> signOutUri(URI afterSignOut);

    record SignInRedirect(URI location, String state) {
    }
}
