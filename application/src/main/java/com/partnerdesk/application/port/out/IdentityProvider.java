package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.agent.GroupId;
import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * The partner's identity provider (Microsoft Entra ID, over OpenID Connect): where to send a browser to sign in, and
 * who came back. {@link #finish} redeems the authorization code and returns only an identity whose ID token passed
 * every check (signature against the issuer's published keys, issuer, audience, expiry, the nonce of {@code started});
 * whatever fails is a {@link Refused} naming the check.
 */
public interface IdentityProvider {
    /** A new authorization request (code flow with PKCE) returning to {@code redirectUri}. */
    Authorization start(URI redirectUri);

    /** Redeems {@code code} for the ID token of the sign-in {@code started}, and checks it. */
    VerifiedIdentity finish(String code, Authorization started, URI redirectUri);

    /** The provider's own sign-out, returning to {@code afterSignOut}, when the provider publishes one. */
    Optional<URI> signOutUri(URI afterSignOut);

    /** Where the browser goes, and the secrets the answer must match: never shown but to the provider. */
    record Authorization(URI location, String state, String nonce, String codeVerifier) {
    }

    /**
     * Who signed in: the issuer and the provider's stable id of the person ({@code oid} in Entra ID, else {@code sub}),
     * the address they sign in with, their name, the ids of their security groups, and how they proved who they are
     * (the {@code amr} claim: {@code pwd}, {@code mfa}, ...).
     */
    record VerifiedIdentity(String issuer, String subject, String email, String name, Set<GroupId> groups,
                            Set<String> methods) {
        public VerifiedIdentity {
            groups = Set.copyOf(groups);
            methods = Set.copyOf(methods);
        }
    }

    /** The provider's answer did not pass a check; {@code getMessage()} names which. */
    final class Refused extends RuntimeException {
        public Refused(String reason) {
            super(reason);
        }

        public Refused(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
