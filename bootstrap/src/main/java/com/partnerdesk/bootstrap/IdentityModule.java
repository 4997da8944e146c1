package com.partnerdesk.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.partnerdesk.adapters.identity.oidc.OidcIdentityProvider;
import com.partnerdesk.application.port.in.IdentitySignInUseCase;
import com.partnerdesk.application.port.out.AgentIdentities;
import com.partnerdesk.application.port.out.AgentRepository;
import com.partnerdesk.application.port.out.AuditTrail;
import com.partnerdesk.application.port.out.GroupMappings;
import com.partnerdesk.application.port.out.IdentityProvider;
import com.partnerdesk.application.port.out.UnitOfWork;
import com.partnerdesk.application.service.IdentitySignInService;
import com.partnerdesk.domain.common.InvalidValueException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Sign-in through the partner's identity provider (ADR 0023), from the environment only:
 * {@code PARTNERDESK_OIDC_ISSUER} (the tenant's issuer, e.g. {@code https://login.microsoftonline.com/<tenant id>/v2.0}
 * or {@code https://login.microsoftonline.us/<tenant id>/v2.0}), {@code PARTNERDESK_OIDC_CLIENT_ID},
 * {@code PARTNERDESK_OIDC_CLIENT_SECRET}; {@code PARTNERDESK_OIDC_REQUIRE_MFA=false} admits a sign-in without
 * multi-factor; {@code PARTNERDESK_LOCAL_SIGN_IN=false} turns password sign-in off (the ops CLI is not a sign-in).
 */
final class IdentityModule extends AbstractModule {
    static final String ISSUER = "PARTNERDESK_OIDC_ISSUER";
    static final String CLIENT_ID = "PARTNERDESK_OIDC_CLIENT_ID";
    static final String CLIENT_SECRET = "PARTNERDESK_OIDC_CLIENT_SECRET";
    static final String REQUIRE_MFA = "PARTNERDESK_OIDC_REQUIRE_MFA";
    static final String LOCAL_SIGN_IN = "PARTNERDESK_LOCAL_SIGN_IN";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, String> environment;

    IdentityModule(Map<String, String> environment) {
        this.environment = environment;
    }

    @Provides @Singleton Optional<IdentityProvider> provider() {
        String issuer = environment.getOrDefault(ISSUER, "").strip();
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(ISSUER, "'" + issuer + "' is not an address");
        }
        return Optional.of(new OidcIdentityProvider(new OidcIdentityProvider.Settings(uri,
                environment.get(CLIENT_ID), environment.get(CLIENT_SECRET), TIMEOUT)));
    }

    @Provides @Singleton IdentitySignInUseCase identitySignIn(Optional<IdentityProvider> provider,
                                                              GroupMappings mappings, AgentIdentities identities,
                                                              AgentRepository agents, AuditTrail audit,
                                                              UnitOfWork unitOfWork, Clock clock) {
        boolean localSignIn = flag(LOCAL_SIGN_IN, true);
        if (!localSignIn && provider.isEmpty()) {
            throw new InvalidValueException(LOCAL_SIGN_IN, "false needs " + ISSUER + ": nobody could sign in");
        }
        return new IdentitySignInService(provider, mappings, identities, agents, audit, unitOfWork, clock,
                flag(REQUIRE_MFA, true), localSignIn);
    }

    private boolean flag(String name, boolean otherwise) {
        String value = environment.getOrDefault(name, "").strip();
        if (value.isEmpty()) {
            return otherwise;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new InvalidValueException(name, "'" + value + "' is not true or false");
    }
}
