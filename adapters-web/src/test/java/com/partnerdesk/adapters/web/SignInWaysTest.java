package com.partnerdesk.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.out.IdentityProvider;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.GroupId;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.audit.Channel;
import com.partnerdesk.domain.secondfactor.Totp;
import com.partnerdesk.domain.secondfactor.TotpSecret;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The ways into the desk's pages: a password and the code of a second factor (under the password's limits), a
 * password sign-in turned off, and "Sign in with Microsoft" through the identity provider port (its OpenID Connect
 * adapter is tested against a real provider in its own module, and end to end in a browser).
 */
class SignInWaysTest {
    private static final GroupId HELPDESK_GROUP = GroupId.of("11111111-1111-1111-1111-111111111111");
    private WebHarness web;

    @AfterEach
    void stop() {
        if (web != null) {
            web.close();
        }
    }

    /** The identity provider the port expects: it answers "good-code" with the identity it is given. */
    static final class ScriptedProvider implements IdentityProvider {
        volatile VerifiedIdentity next;

        @Override
        public Authorization start(URI redirectUri) {
            String state = UUID.randomUUID().toString();
            return new Authorization(URI.create("https://login.example/authorize?state=" + state + "&redirect_uri="
                    + URLEncoder.encode(redirectUri.toString(), StandardCharsets.UTF_8)), state, "nonce", "verifier");
        }

        @Override
        public VerifiedIdentity finish(String code, Authorization started, URI redirectUri) {
            if (!"good-code".equals(code)) {
                throw new Refused("the identity provider refused the code: invalid_grant");
            }
            return next;
        }

        @Override
        public Optional<URI> signOutUri(URI afterSignOut) {
            return Optional.of(URI.create("https://login.example/logout?post_logout_redirect_uri="
                    + URLEncoder.encode(afterSignOut.toString(), StandardCharsets.UTF_8)));
        }
    }

    private WebHarness withProvider(ScriptedProvider provider, boolean localSignIn) {
        Desk desk = Desk.inMemoryWithSamples();
        return new WebHarness(desk, WebSettings.defaults(false),
                WebHarness.deps(desk, desk.identitySignIn(Optional.of(provider), true, localSignIn)));
    }

    private WebHarness.Res postPassword(String email, String password) {
        WebHarness.Res signInPage = web.get(null, "/sign-in");
        return web.send("POST", "/sign-in", WebHarness.form(Map.of("_csrf", signInPage.csrf().orElseThrow(),
                        "email", email, "password", password)), "application/x-www-form-urlencoded",
                "Cookie", WebServer.SIGN_IN_CSRF_COOKIE + "=" + signInPage.cookie(WebServer.SIGN_IN_CSRF_COOKIE)
                        .orElseThrow(), "Origin", web.base);
    }

    private WebHarness.Res postCode(String waitingCookie, String code) {
        WebHarness.Res asked = web.send("GET", "/sign-in/second-factor", null, null,
                "Cookie", "pd_second_factor=" + waitingCookie);
        assertThat(asked.status()).isEqualTo(200);
        return web.send("POST", "/sign-in/second-factor", WebHarness.form(Map.of("_csrf", asked.csrf().orElseThrow(),
                        "code", code)), "application/x-www-form-urlencoded",
                "Cookie", "pd_second_factor=" + waitingCookie + "; " + WebServer.SIGN_IN_CSRF_COOKIE + "="
                        + asked.cookie(WebServer.SIGN_IN_CSRF_COOKIE).orElseThrow(), "Origin", web.base);
    }

    private byte[] enrol(Role role) {
        Agent agent = web.desk.agents().list(Desk.operator()).stream()
                .filter(a -> a.email().value().equals(web.emails.get(role))).findFirst().orElseThrow();
        Caller self = new Caller(agent.asActor(), Channel.WEB);
        byte[] secret = TotpSecret.ofBase32(web.desk.secondFactor().begin(self).secret()).bytes();
        web.desk.secondFactor().confirm(self, Totp.code(secret, web.clock().instant()));
        web.clock().advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        return secret;
    }

    @Test
    void anAgentWithASecondFactorIsAskedForTheCodeAndSignedInOnlyWithIt() {
        web = new WebHarness();
        byte[] secret = enrol(Role.HELPDESK_AGENT);

        WebHarness.Res password = postPassword(web.emails.get(Role.HELPDESK_AGENT), WebHarness.PASSWORD);
        assertThat(password.status()).isEqualTo(303);
        assertThat(password.header("Location")).contains("/sign-in/second-factor");
        assertThat(password.cookie(WebServer.SESSION_COOKIE)).as("no session before the code").isEmpty();
        String waiting = password.cookie("pd_second_factor").orElseThrow();

        WebHarness.Res wrong = postCode(waiting, "000000".equals(Totp.code(secret, web.clock().instant())) ? "111111"
                : "000000");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("Wrong or already used code");

        String code = Totp.code(secret, web.clock().instant());
        WebHarness.Res right = postCode(waiting, code);
        assertThat(right.status()).isEqualTo(303);
        assertThat(right.header("Location")).contains("/cases");
        assertThat(right.cookie(WebServer.SESSION_COOKIE)).isPresent();

        String again = postPassword(web.emails.get(Role.HELPDESK_AGENT), WebHarness.PASSWORD)
                .cookie("pd_second_factor").orElseThrow();
        assertThat(postCode(again, code).status()).as("a code signs in once").isEqualTo(401);
    }

    @Test
    void wrongCodesCountAgainstThePasswordsSignInLimit() {
        web = new WebHarness();
        enrol(Role.SALES_AGENT);
        String waiting = postPassword(web.emails.get(Role.SALES_AGENT), WebHarness.PASSWORD)
                .cookie("pd_second_factor").orElseThrow();
        int status = 0;
        for (int i = 0; i < 6 && status != 429; i++) {
            status = postCode(waiting, "abcdef").status();
        }
        assertThat(status).isEqualTo(429);
    }

    @Test
    void anAgentWithoutASecondFactorSignsInWithThePasswordAlone() {
        web = new WebHarness();
        WebHarness.Res r = postPassword(web.emails.get(Role.SALES_AGENT), WebHarness.PASSWORD);
        assertThat(r.status()).isEqualTo(303);
        assertThat(r.cookie(WebServer.SESSION_COOKIE)).isPresent();
    }

    @Test
    void withPasswordSignInTurnedOffOnlyMicrosoftSignsIn() {
        web = withProvider(new ScriptedProvider(), false);
        WebHarness.Res page = web.get(null, "/sign-in");
        assertThat(page.body()).contains("id=\"sign-in-with-microsoft\"").doesNotContain("name=\"password\"");

        String csrf = page.cookie(WebServer.SIGN_IN_CSRF_COOKIE).orElseThrow(); // a form the page no longer shows
        WebHarness.Res refused = web.send("POST", "/sign-in", WebHarness.form(Map.of("_csrf", csrf,
                        "email", web.emails.get(Role.GLOBAL_ADMIN), "password", WebHarness.PASSWORD)),
                "application/x-www-form-urlencoded", "Cookie", WebServer.SIGN_IN_CSRF_COOKIE + "=" + csrf,
                "Origin", web.base);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Password sign-in is turned off");
        assertThat(refused.cookie(WebServer.SESSION_COOKIE)).isEmpty();
    }

    @Test
    void signInWithMicrosoftCreatesTheAgentOfAMappedGroupAndSignOutOffersMicrosoftsSignOut() {
        ScriptedProvider provider = new ScriptedProvider();
        web = withProvider(provider, true);
        web.desk.groupMappings().map(Desk.operator(), HELPDESK_GROUP, Role.HELPDESK_AGENT, false);
        provider.next = new IdentityProvider.VerifiedIdentity("https://login.example/tenant/v2.0", "oid-ana",
                "ana@federalcloudpartners.example", "Ana Ruiz", Set.of(HELPDESK_GROUP), Set.of("pwd", "mfa"));

        assertThat(web.get(null, "/sign-in").body()).contains("href=\"/sign-in/microsoft\"");
        WebHarness.Res begun = web.get(null, "/sign-in/microsoft");
        assertThat(begun.status()).isEqualTo(303);
        URI location = URI.create(begun.header("Location").orElseThrow());
        assertThat(location.getHost()).isEqualTo("login.example");
        assertThat(location.getQuery()).contains("redirect_uri=" + web.base + "/sign-in/microsoft/callback");
        String state = begun.cookie("pd_oidc_state").orElseThrow();
        assertThat(begun.setCookieLine("pd_oidc_state").orElseThrow()).contains("HttpOnly", "SameSite=Lax");

        WebHarness.Res otherBrowser = web.send("GET", "/sign-in/microsoft/callback?state=" + state
                + "&code=good-code", null, null);
        assertThat(otherBrowser.status()).isEqualTo(401);
        assertThat(otherBrowser.body()).contains("another browser");

        String state2 = web.get(null, "/sign-in/microsoft").cookie("pd_oidc_state").orElseThrow();
        WebHarness.Res back = web.send("GET", "/sign-in/microsoft/callback?state=" + state2 + "&code=good-code",
                null, null, "Cookie", "pd_oidc_state=" + state2);
        assertThat(back.status()).as(back.body()).isEqualTo(303);
        String session = back.cookie(WebServer.SESSION_COOKIE).orElseThrow();
        Agent ana = web.desk.agents().list(Desk.operator()).stream()
                .filter(a -> a.email().equals(Email.of("ana@federalcloudpartners.example"))).findFirst().orElseThrow();
        assertThat(ana.roles()).containsExactly(Role.HELPDESK_AGENT);

        WebHarness.Res replayed = web.send("GET", "/sign-in/microsoft/callback?state=" + state2 + "&code=good-code",
                null, null, "Cookie", "pd_oidc_state=" + state2);
        assertThat(replayed.status()).isEqualTo(401);

        WebHarness.Session signedIn = new WebHarness.Session(session, web.page(new WebHarness.Session(session, ""),
                "/cases").csrf().orElseThrow());
        WebHarness.Res out = web.submit(signedIn, "/sign-out", Map.of());
        assertThat(out.header("Location")).contains("/sign-in?signed-out=1");
        assertThat(web.get(null, "/sign-in?signed-out=1").body()).contains("id=\"sign-out-of-microsoft\"")
                .contains("https://login.example/logout?post_logout_redirect_uri=");
    }

    @Test
    void theProvidersRefusalIsShownOnTheSignInPage() {
        web = withProvider(new ScriptedProvider(), true);
        WebHarness.Res denied = web.send("GET", "/sign-in/microsoft/callback?error=access_denied"
                + "&error_description=The+user+cancelled", null, null);
        assertThat(denied.status()).isEqualTo(401);
        assertThat(denied.body()).contains("Microsoft did not sign you in: The user cancelled");
    }
}
