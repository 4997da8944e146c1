package com.partnerdesk.adapters.identity.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import com.partnerdesk.application.port.out.IdentityProvider;
import com.partnerdesk.domain.agent.GroupId;
import com.partnerdesk.domain.common.InvalidValueException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The partner's identity provider over OpenID Connect (Nimbus OAuth 2.0 / OIDC SDK): the issuer's discovery document
 * read on first use (and again until it answers), the authorization code flow with PKCE (S256), the code redeemed
 * with the client secret, and the ID token checked by Nimbus' {@link IDTokenValidator}: an RS256 signature by one of
 * the keys the issuer publishes, the issuer, the audience (our client id), expiry and issue time (one minute of clock
 * skew), and the nonce of the sign-in it answers.
 */
public final class OidcIdentityProvider implements IdentityProvider {
    /** Settings from the environment: the issuer (with its tenant), the desk's registered client and its secret. */
    public record Settings(URI issuer, String clientId, String clientSecret, Duration timeout) {
        public Settings {
            Objects.requireNonNull(issuer, "issuer");
            if (!"https".equals(issuer.getScheme()) && !"localhost".equals(issuer.getHost())
                    && !"127.0.0.1".equals(issuer.getHost())) {
                throw new InvalidValueException("PARTNERDESK_OIDC_ISSUER", "must be an https address");
            }
            if (clientId == null || clientId.isBlank()) {
                throw new InvalidValueException("PARTNERDESK_OIDC_CLIENT_ID", "is required with PARTNERDESK_OIDC_ISSUER");
            }
            if (clientSecret == null || clientSecret.isBlank()) {
                throw new InvalidValueException("PARTNERDESK_OIDC_CLIENT_SECRET",
                        "is required with PARTNERDESK_OIDC_ISSUER");
            }
        }

        @Override
        public String toString() {
            return "Settings[issuer=" + issuer + ", clientId=" + clientId + ", clientSecret=(hidden)]";
        }
    }

    private static final Scope SCOPE = new Scope("openid", "profile", "email");

    private final Settings settings;
    private volatile Discovered discovered;

    private record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator) {
    }

    public OidcIdentityProvider(Settings settings) {
        this.settings = settings;
    }

    @Override
    public Authorization start(URI redirectUri) {
        OIDCProviderMetadata metadata = discovered().metadata();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest request = new AuthenticationRequest.Builder(ResponseType.CODE, SCOPE,
                new ClientID(settings.clientId()), redirectUri)
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();
        return new Authorization(request.toURI(), state.getValue(), nonce.getValue(), verifier.getValue());
    }

    @Override
    public VerifiedIdentity finish(String code, Authorization started, URI redirectUri) {
        if (code == null || code.isBlank()) {
            throw new Refused("the identity provider sent no authorization code");
        }
        Discovered d = discovered();
        TokenRequest request = new TokenRequest(d.metadata().getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
                new AuthorizationCodeGrant(new AuthorizationCode(code), redirectUri,
                        new CodeVerifier(started.codeVerifier())));
        return verify(redeem(request), started.nonce());
    }

    /** The identity in an ID token that passes every check for the sign-in of {@code nonce}; else {@link Refused}. */
    VerifiedIdentity verify(JWT idToken, String nonce) {
        JWTClaimsSet claims;
        try {
            claims = discovered().validator().validate(idToken, new Nonce(nonce)).toJWTClaimsSet();
        } catch (BadJOSEException e) {
            throw new Refused("the ID token was refused: " + e.getMessage(), e);
        } catch (JOSEException | ParseException e) {
            throw new Refused("the ID token could not be checked: " + e.getMessage(), e);
        }
        return identity(claims);
    }

    private JWT redeem(TokenRequest request) {
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout((int) settings.timeout().toMillis());
        http.setReadTimeout((int) settings.timeout().toMillis());
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException e) {
            throw new Refused("the identity provider's token endpoint did not answer: " + e.getMessage(), e);
        } catch (ParseException e) {
            throw new Refused("the identity provider's token answer could not be read: " + e.getMessage(), e);
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            throw new Refused("the identity provider refused the code: " + error.getCode()
                    + (error.getDescription() == null ? "" : " (" + error.getDescription() + ")"));
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
        if (idToken == null) {
            throw new Refused("the identity provider's answer holds no ID token");
        }
        return idToken;
    }

    private VerifiedIdentity identity(JWTClaimsSet claims) {
        try {
            if (claims.getClaim("_claim_names") instanceof Map<?, ?> names && names.containsKey("groups")) {
                throw new Refused("the ID token lists no groups because the person is in too many (the groups "
                        + "overage): set the app registration's groups claim to the groups assigned to the application");
            }
            String subject = Optional.ofNullable(claims.getStringClaim("oid")).orElse(claims.getSubject());
            String preferred = claims.getStringClaim("preferred_username");
            String email = Optional.ofNullable(claims.getStringClaim("email"))
                    .or(() -> Optional.ofNullable(preferred))
                    .orElseThrow(() -> new Refused("the ID token names no e-mail (email or preferred_username)"));
            String name = Optional.ofNullable(claims.getStringClaim("name")).filter(n -> !n.isBlank()).orElse(email);
            Set<GroupId> groups = new LinkedHashSet<>();
            for (String group : strings(claims, "groups")) {
                try {
                    groups.add(GroupId.of(group));
                } catch (InvalidValueException e) {
                    // a group named by something other than its object id (on-premises names): never mapped
                }
            }
            return new VerifiedIdentity(claims.getIssuer(), subject, email, name, groups,
                    new LinkedHashSet<>(strings(claims, "amr")));
        } catch (java.text.ParseException e) {
            throw new Refused("the ID token's claims have the wrong type: " + e.getMessage(), e);
        }
    }

    private static List<String> strings(JWTClaimsSet claims, String name) throws java.text.ParseException {
        return Optional.ofNullable(claims.getStringListClaim(name)).orElse(List.of());
    }

    @Override
    public Optional<URI> signOutUri(URI afterSignOut) {
        URI endSession;
        try {
            endSession = discovered().metadata().getEndSessionEndpointURI();
        } catch (Refused e) {
            return Optional.empty();
        }
        if (endSession == null) {
            return Optional.empty();
        }
        String separator = endSession.getQuery() == null ? "?" : "&";
        return Optional.of(URI.create(endSession + separator + "post_logout_redirect_uri="
                + URLEncoder.encode(afterSignOut.toString(), StandardCharsets.UTF_8)
                + "&client_id=" + URLEncoder.encode(settings.clientId(), StandardCharsets.UTF_8)));
    }

    /** The issuer's discovery document and a validator on its keys, read once it first answers. */
    private Discovered discovered() {
        Discovered known = discovered;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (discovered == null) {
                int millis = (int) settings.timeout().toMillis();
                try {
                    OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()),
                            millis, millis);
                    IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(),
                            new ClientID(settings.clientId()), JWSAlgorithm.RS256, metadata.getJWKSetURI().toURL(),
                            new DefaultResourceRetriever(millis, millis));
                    discovered = new Discovered(metadata, validator);
                } catch (GeneralException | IOException e) {
                    throw new Refused("the identity provider's discovery document at " + settings.issuer()
                            + " could not be read: " + e.getMessage(), e);
                }
            }
            return discovered;
        }
    }
}
