package com.partnerdesk.adapters.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.partnerdesk.application.error.NotAuthenticatedException;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.port.in.IdentitySignInUseCase;
import com.partnerdesk.application.port.out.IdentityProvider;
import com.partnerdesk.application.service.IdentitySignInService;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.GroupId;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.audit.Channel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenID Connect client and the sign-in use case against a real OpenID provider started here (no.nav.security's
 * mock-oauth2-server): discovery, the code flow with PKCE over HTTP (the browser's part done by an HTTP client), the
 * ID token's checks, multi-factor, group mapping, first-sign-in creation and removal.
 */
class OidcSignInTest {
    private static final String TENANT = "partner";
    private static final String CLIENT_ID = "partnerdesk-test-client";
    private static final URI REDIRECT = URI.create("https://desk.partner.example/sign-in/microsoft/callback");
    private static final GroupId HELPDESK = GroupId.of("11111111-1111-1111-1111-111111111111");
    private static final GroupId GLOBAL_ADMINS = GroupId.of("22222222-2222-2222-2222-222222222222");
    private static final GroupId UNMAPPED = GroupId.of("33333333-3333-3333-3333-333333333333");

    private static MockOAuth2Server server;
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Desk desk;
    private IdentitySignInService signIn;

    @BeforeEach
    void newProviderAndDesk() {
        server = new MockOAuth2Server(); // one per test: answers queued by one test never reach another
        server.start();
        desk = Desk.inMemory();
        signIn = desk.identitySignIn(Optional.of(provider()), true);
        desk.groupMappings().map(Desk.operator(), HELPDESK, Role.HELPDESK_AGENT, false);
        desk.groupMappings().map(Desk.operator(), GLOBAL_ADMINS, Role.GLOBAL_ADMIN, true);
    }

    @AfterEach
    void stopProvider() {
        server.shutdown();
    }

    private static OidcIdentityProvider provider() {
        return new OidcIdentityProvider(new OidcIdentityProvider.Settings(server.issuerUrl(TENANT).uri(), CLIENT_ID,
                "a-client-secret", Duration.ofSeconds(20)));
    }

    /** The claims Entra ID puts in the ID token of a person in {@code groups} who signed in with {@code amr}. */
    private static Map<String, Object> claims(String oid, String email, List<String> amr, GroupId... groups) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("oid", oid);
        claims.put("preferred_username", email);
        claims.put("name", "Ana Ruiz");
        claims.put("amr", amr);
        claims.put("groups", java.util.Arrays.stream(groups).map(GroupId::value).toList());
        return claims;
    }

    private static void nextSignIn(Map<String, Object> claims) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(TENANT, "sub-" + claims.get("oid"), "JWT", null, claims,
                3600));
    }

    /** What a browser does between the desk's redirect and its callback: the provider answers with code and state. */
    private record Answer(String state, String code) {
    }

    private static Answer authorize(IdentitySignInUseCase.SignInRedirect redirect) throws Exception {
        HttpResponse<String> response = BROWSER.send(HttpRequest.newBuilder(redirect.location()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        URI back = URI.create(response.headers().firstValue("Location").orElseThrow());
        assertThat(back.getPath()).isEqualTo(REDIRECT.getPath());
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : back.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return new Answer(query.get("state"), query.get("code"));
    }

    private Actor.AgentActor signInAs(Map<String, Object> claims) throws Exception {
        nextSignIn(claims);
        IdentitySignInUseCase.SignInRedirect redirect = signIn.begin(REDIRECT);
        Answer answer = authorize(redirect);
        return signIn.complete(answer.state(), redirect.state(), answer.code(), REDIRECT, Channel.WEB);
    }

    private Agent stored(String email) {
        return desk.storage().unitOfWork().read(() -> desk.storage().agents().findByEmail(Email.of(email)))
                .orElseThrow();
    }

    @Test
    void theAuthorizationRequestUsesPkceAndANonceAtTheDiscoveredEndpoint() {
        IdentitySignInUseCase.SignInRedirect redirect = signIn.begin(REDIRECT);
        String location = redirect.location().toString();
        assertThat(location).startsWith(server.authorizationEndpointUrl(TENANT).toString())
                .contains("response_type=code", "code_challenge_method=S256", "code_challenge=", "nonce=",
                        "scope=openid", "state=" + redirect.state(), "client_id=" + CLIENT_ID);
    }

    @Test
    void aFirstSignInWithAMappedGroupCreatesTheAgentWithItsRolesAndKeepsItsGroups() throws Exception {
        Actor.AgentActor ana = signInAs(claims("oid-ana", "ana@partner.example", List.of("pwd", "mfa"), HELPDESK,
                UNMAPPED));

        assertThat(ana.email()).isEqualTo(Email.of("ana@partner.example"));
        assertThat(ana.roles()).containsExactly(Role.HELPDESK_AGENT);
        Agent agent = stored("ana@partner.example");
        assertThat(agent.name()).isEqualTo("Ana Ruiz");
        assertThat(desk.storage().unitOfWork().read(() -> desk.storage().agentIdentities().groups(agent.id())))
                .containsExactlyInAnyOrder(HELPDESK, UNMAPPED);
    }

    @Test
    void everySignInUpdatesRolesAndGroupsAndOneWithoutAMappedGroupDisablesTheAgent() throws Exception {
        signInAs(claims("oid-ana", "ana@partner.example", List.of("mfa"), HELPDESK));
        Actor.AgentActor again = signInAs(claims("oid-ana", "ana@partner.example", List.of("mfa"), HELPDESK,
                GLOBAL_ADMINS));
        assertThat(again.roles()).containsExactlyInAnyOrder(Role.HELPDESK_AGENT, Role.GLOBAL_ADMIN);
        assertThat(stored("ana@partner.example").roles()).containsExactlyInAnyOrder(Role.HELPDESK_AGENT,
                Role.GLOBAL_ADMIN);

        assertThatThrownBy(() -> signInAs(claims("oid-ana", "ana@partner.example", List.of("mfa"), UNMAPPED)))
                .isInstanceOf(NotAuthenticatedException.class).hasMessageContaining("no mapped Entra group");
        Agent ana = stored("ana@partner.example");
        assertThat(ana.disabled()).isTrue();
        assertThat(desk.storage().unitOfWork().read(() -> desk.storage().agentIdentities().groups(ana.id())))
                .containsExactly(UNMAPPED);

        // back in a mapped group: still disabled until an administrator enables the agent in the desk
        assertThatThrownBy(() -> signInAs(claims("oid-ana", "ana@partner.example", List.of("mfa"), HELPDESK)))
                .isInstanceOf(NotAuthenticatedException.class).hasMessageContaining("disabled");
    }

    @Test
    void aPersonWithNoMappedGroupIsRefusedAndNoAgentIsCreated() {
        assertThatThrownBy(() -> signInAs(claims("oid-bo", "bo@partner.example", List.of("mfa"), UNMAPPED)))
                .isInstanceOf(NotAuthenticatedException.class).hasMessageContaining("no mapped Entra group");
        assertThat(desk.storage().unitOfWork().read(() -> desk.storage().agents().all())).isEmpty();
    }

    @Test
    void aTokenWithoutMfaIsRefusedUnlessTheDeskDoesNotRequireIt() throws Exception {
        assertThatThrownBy(() -> signInAs(claims("oid-ana", "ana@partner.example", List.of("pwd"), HELPDESK)))
                .isInstanceOf(NotAuthenticatedException.class).hasMessageContaining("no multi-factor sign-in");
        assertThat(desk.storage().unitOfWork().read(() -> desk.storage().agents().all())).isEmpty();

        signIn = desk.identitySignIn(Optional.of(provider()), false);
        assertThat(signInAs(claims("oid-ana", "ana@partner.example", List.of("pwd"), HELPDESK)).roles())
                .containsExactly(Role.HELPDESK_AGENT);
    }

    @Test
    void aReplayedAnswerAndAStateFromAnotherBrowserAreRefused() throws Exception {
        nextSignIn(claims("oid-ana", "ana@partner.example", List.of("mfa"), HELPDESK));
        IdentitySignInUseCase.SignInRedirect redirect = signIn.begin(REDIRECT);
        Answer answer = authorize(redirect);
        signIn.complete(answer.state(), redirect.state(), answer.code(), REDIRECT, Channel.WEB);
        assertThatThrownBy(() -> signIn.complete(answer.state(), redirect.state(), answer.code(), REDIRECT,
                Channel.WEB)).isInstanceOf(NotAuthenticatedException.class).hasMessageContaining("already used");

        IdentitySignInUseCase.SignInRedirect other = signIn.begin(REDIRECT);
        Answer otherAnswer = authorize(other);
        assertThatThrownBy(() -> signIn.complete(otherAnswer.state(), "a-state-this-browser-never-had",
                otherAnswer.code(), REDIRECT, Channel.WEB)).isInstanceOf(NotAuthenticatedException.class)
                .hasMessageContaining("another browser");
    }

    @Test
    void aStateOlderThanTenMinutesIsRefused() throws Exception {
        nextSignIn(claims("oid-ana", "ana@partner.example", List.of("mfa"), HELPDESK));
        IdentitySignInUseCase.SignInRedirect redirect = signIn.begin(REDIRECT);
        Answer answer = authorize(redirect);
        desk.mutableClock().advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThatThrownBy(() -> signIn.complete(answer.state(), redirect.state(), answer.code(), REDIRECT,
                Channel.WEB)).isInstanceOf(NotAuthenticatedException.class).hasMessageContaining("expired");
    }

    // --- the ID token's checks, on tokens the provider's own key signed (or another key did) ------------------

    private static final String NONCE = "the-nonce-of-this-sign-in";

    private static SignedJWT issued(List<String> audience, String nonce, long expiry) {
        Map<String, Object> claims = claims("oid-ana", "ana@partner.example", List.of("mfa"), HELPDESK);
        claims.put("nonce", nonce);
        return server.issueToken(TENANT, CLIENT_ID, new DefaultOAuth2TokenCallback(TENANT, "sub-ana", "JWT",
                audience, claims, expiry));
    }

    @Test
    void aWellFormedTokenPassesEveryCheck() {
        IdentityProvider.VerifiedIdentity identity = provider().verify(issued(List.of(CLIENT_ID), NONCE, 600), NONCE);
        assertThat(identity.subject()).isEqualTo("oid-ana");
        assertThat(identity.email()).isEqualTo("ana@partner.example");
        assertThat(identity.groups()).containsExactly(HELPDESK);
        assertThat(identity.methods()).containsExactly("mfa");
        assertThat(identity.issuer()).isEqualTo(server.issuerUrl(TENANT).toString());
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertThatThrownBy(() -> provider().verify(issued(List.of("another-app"), NONCE, 600), NONCE))
                .isInstanceOf(IdentityProvider.Refused.class).hasMessageContaining("audience");
    }

    @Test
    void aTokenOfAnotherSignInIsRefusedByItsNonce() {
        assertThatThrownBy(() -> provider().verify(issued(List.of(CLIENT_ID), "another-sign-in", 600), NONCE))
                .isInstanceOf(IdentityProvider.Refused.class).hasMessageContaining("nonce");
    }

    @Test
    void anExpiredTokenIsRefusedByTheCheck() {
        assertThatThrownBy(() -> provider().verify(issued(List.of(CLIENT_ID), NONCE, -600), NONCE))
                .isInstanceOf(IdentityProvider.Refused.class).hasMessageContaining("xpired");
    }

    @Test
    void aTokenSignedByAnotherKeyOrAlteredAfterSigningIsRefused() throws Exception {
        SignedJWT genuine = issued(List.of(CLIENT_ID), NONCE, 600);
        RSAKey forger = new RSAKeyGenerator(2048).keyID(genuine.getHeader().getKeyID()).generate();
        JWTClaimsSet.Builder escalated = new JWTClaimsSet.Builder(genuine.getJWTClaimsSet())
                .claim("groups", List.of(GLOBAL_ADMINS.value()));
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(genuine.getHeader().getKeyID()).type(JOSEObjectType.JWT).build(), escalated.build());
        forged.sign(new RSASSASigner(forger));
        assertThatThrownBy(() -> provider().verify(forged, NONCE))
                .isInstanceOf(IdentityProvider.Refused.class).hasMessageContaining("signature");

        String[] parts = genuine.serialize().split("\\.");
        String altered = parts[0] + "." + forged.serialize().split("\\.")[1] + "." + parts[2];
        assertThatThrownBy(() -> provider().verify(SignedJWT.parse(altered), NONCE))
                .isInstanceOf(IdentityProvider.Refused.class).hasMessageContaining("signature");
    }

    @Test
    void theProvidersSignOutReturnsToTheDesk() {
        assertThat(signIn.signOutUri(URI.create("https://desk.partner.example/sign-in")))
                .hasValueSatisfying(uri -> assertThat(uri.toString())
                        .startsWith(server.endSessionEndpointUrl(TENANT).toString())
                        .contains("post_logout_redirect_uri=https%3A%2F%2Fdesk.partner.example%2Fsign-in"));
        assertThat(desk.identitySignIn(Optional.empty(), true).offered()).isFalse();
    }


}
