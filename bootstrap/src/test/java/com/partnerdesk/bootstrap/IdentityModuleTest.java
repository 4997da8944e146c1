package com.partnerdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.adapters.identity.oidc.OidcIdentityProvider;
import com.partnerdesk.application.fakes.InMemoryStorage;
import com.partnerdesk.application.fakes.StoragePorts;
import com.partnerdesk.application.port.in.IdentitySignInUseCase;
import com.partnerdesk.application.port.out.IdentityProvider;
import com.partnerdesk.domain.common.InvalidValueException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sign-in through the identity provider, from the environment: off by default, each bad setting named. */
class IdentityModuleTest {
    private static final String ISSUER = "https://login.microsoftonline.us/6a1b2c3d-0000-4000-8000-000000000001/v2.0";
    private final StoragePorts s = InMemoryStorage.create();

    private IdentitySignInUseCase signIn(Map<String, String> environment) {
        IdentityModule module = new IdentityModule(environment);
        return module.identitySignIn(module.provider(), s.groupMappings(), s.agentIdentities(), s.agents(), s.audit(),
                s.unitOfWork(), Clock.systemUTC());
    }

    @Test
    void withoutAnIssuerOnlyPasswordsSignIn() {
        IdentitySignInUseCase signIn = signIn(Map.of());
        assertThat(signIn.offered()).isFalse();
        assertThat(signIn.localSignInOffered()).isTrue();
    }

    @Test
    void anIssuerWithItsClientOffersMicrosoftAndPasswordsCanBeTurnedOff() {
        Optional<IdentityProvider> provider = new IdentityModule(Map.of("PARTNERDESK_OIDC_ISSUER", ISSUER + "/",
                "PARTNERDESK_OIDC_CLIENT_ID", "client", "PARTNERDESK_OIDC_CLIENT_SECRET", "secret")).provider();
        assertThat(provider).containsInstanceOf(OidcIdentityProvider.class);

        IdentitySignInUseCase signIn = signIn(Map.of("PARTNERDESK_OIDC_ISSUER", ISSUER,
                "PARTNERDESK_OIDC_CLIENT_ID", "client", "PARTNERDESK_OIDC_CLIENT_SECRET", "secret",
                "PARTNERDESK_LOCAL_SIGN_IN", "false"));
        assertThat(signIn.offered()).isTrue();
        assertThat(signIn.localSignInOffered()).isFalse();
    }

    @Test
    void eachBadSettingIsNamed() {
        assertThatThrownBy(() -> signIn(Map.of("PARTNERDESK_LOCAL_SIGN_IN", "false")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("PARTNERDESK_LOCAL_SIGN_IN")
                .hasMessageContaining("PARTNERDESK_OIDC_ISSUER");
        assertThatThrownBy(() -> signIn(Map.of("PARTNERDESK_OIDC_ISSUER", ISSUER)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("PARTNERDESK_OIDC_CLIENT_ID");
        assertThatThrownBy(() -> signIn(Map.of("PARTNERDESK_OIDC_ISSUER", ISSUER, "PARTNERDESK_OIDC_CLIENT_ID", "c")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("PARTNERDESK_OIDC_CLIENT_SECRET");
        assertThatThrownBy(() -> signIn(Map.of("PARTNERDESK_OIDC_ISSUER", "http://login.example/tenant",
                "PARTNERDESK_OIDC_CLIENT_ID", "c", "PARTNERDESK_OIDC_CLIENT_SECRET", "s")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("https");
        assertThatThrownBy(() -> signIn(Map.of("PARTNERDESK_OIDC_REQUIRE_MFA", "maybe")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("PARTNERDESK_OIDC_REQUIRE_MFA");
    }
}
