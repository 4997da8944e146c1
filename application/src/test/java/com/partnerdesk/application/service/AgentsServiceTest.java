package com.partnerdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.error.AccessDeniedException;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.error.NotAuthenticatedException;
import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.audit.Channel;
import com.partnerdesk.application.service.ApiTokens;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentsServiceTest extends DeskTestSupport {
    private static final Email MARIA = Email.of("maria.lopez@federalcloudpartners.example");
    private static final String PASSWORD = "correct-horse-battery-staple";

    private Agent addMaria() {
        return desk.agents().add(Desk.globalAdmin(), MARIA, "Maria Lopez", EnumSet.of(Role.HELPDESK_AGENT),
                Optional.of(PASSWORD.toCharArray()));
    }

    @Test
    void aGlobalAdminAddsAnAgentWhoSignsIn() {
        Agent maria = addMaria();

        Actor.AgentActor signedIn = desk.authenticate().signIn("Maria.Lopez@federalcloudpartners.example",
                PASSWORD.toCharArray(), Channel.WEB);

        assertThat(signedIn.agentId()).isEqualTo(maria.id());
        assertThat(signedIn.roles()).containsExactly(Role.HELPDESK_AGENT);
        assertThat(desk.agents().list(Desk.globalAdmin())).containsExactly(maria);
        assertThat(auditTrail()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("agent.sign-in");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.ALLOWED);
            assertThat(e.actor()).isEqualTo(MARIA.value());
        });
        String stored = desk.storage().unitOfWork().read(() -> desk.storage().agents().passwordHash(maria.id()))
                .orElseThrow();
        assertThat(stored).doesNotContain(PASSWORD);
    }

    @Test
    void aWrongPasswordIsRefusedAndAudited() {
        addMaria();

        assertThatThrownBy(() -> desk.authenticate().signIn(MARIA.value(), "wrong-password-123".toCharArray(), Channel.WEB))
                .isInstanceOf(NotAuthenticatedException.class)
                .hasMessage("Wrong e-mail or password, or the account is disabled");
        assertThatThrownBy(() -> desk.authenticate().signIn("nobody@example.com", PASSWORD.toCharArray(), Channel.API))
                .isInstanceOf(NotAuthenticatedException.class);
        assertThat(auditTrail()).filteredOn(e -> e.action().equals("agent.sign-in"))
                .allSatisfy(e -> assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED))
                .extracting(e -> e.detail()).containsExactly("wrong password", "unknown agent");
    }

    @Test
    void anEmailThatNamesNoAgentNeverRunsThePasswordHashOnlyItsTime() {
        com.partnerdesk.application.fakes.FakePasswordHasher hasher = new com.partnerdesk.application.fakes.FakePasswordHasher();
        Desk counted = new Desk(com.partnerdesk.application.fakes.InMemoryStorage.create(),
                com.partnerdesk.application.fakes.MutableClock.at(com.partnerdesk.application.fakes.Samples.T0), hasher,
                com.partnerdesk.domain.triage.ClusterRule.DEFAULT);
        int before = hasher.verifications.get();

        for (int i = 0; i < 20; i++) {
            String email = "random" + i + "@attacker.example";
            assertThatThrownBy(() -> counted.authenticate().signIn(email, PASSWORD.toCharArray(), Channel.WEB))
                    .isInstanceOf(NotAuthenticatedException.class);
        }

        assertThat(hasher.verifications.get()).isEqualTo(before);
        assertThat(hasher.timeOnlyChecks.get()).isEqualTo(20);
    }

    @Test
    void aBlankOrOverlongEmailIsRefusedAsAWrongSignInAndAudited() {
        String overlong = "x".repeat(300) + "@federalcloudpartners.example";

        assertThatThrownBy(() -> desk.authenticate().signIn("   ", PASSWORD.toCharArray(), Channel.WEB))
                .isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() -> desk.authenticate().signIn(overlong, PASSWORD.toCharArray(), Channel.API))
                .isInstanceOf(NotAuthenticatedException.class);
        assertThat(auditTrail()).filteredOn(e -> e.action().equals("agent.sign-in")).hasSize(2)
                .allSatisfy(e -> assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED));
    }

    @Test
    void aDuplicateEmailOrAWeakPasswordIsRefused() {
        addMaria();

        assertThatThrownBy(this::addMaria).isInstanceOf(InvalidInputException.class).hasMessageContaining("already exists");
        assertThatThrownBy(() -> desk.agents().add(Desk.globalAdmin(), Email.of("short@federalcloudpartners.example"),
                "Short", EnumSet.of(Role.SALES_AGENT), Optional.of("hunter2".toCharArray())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("password");
    }

    @Test
    void changedRolesCountAtOnce() {
        Agent maria = addMaria();

        desk.agents().changeRoles(Desk.globalAdmin(), MARIA, EnumSet.of(Role.ADMIN_AGENT, Role.SALES_AGENT));

        assertThat(desk.authenticate().current(maria.id()).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.ADMIN_AGENT, Role.SALES_AGENT);
    }

    @Test
    void anAgentHoldsSeveralNamedTokensAndOneIsRevokedAlone() {
        addMaria();
        String pipeline = desk.agents().issueToken(Desk.globalAdmin(), MARIA, Optional.of("pipeline"), Optional.empty());
        String laptop = desk.agents().issueToken(Desk.globalAdmin(), MARIA, Optional.of("laptop"),
                Optional.of(java.time.Duration.ofDays(30)));
        String unnamed = desk.agents().issueToken(Desk.globalAdmin(), MARIA);

        assertThat(desk.agents().tokens(Desk.globalAdmin(), MARIA)).extracting(t -> t.name())
                .containsExactly("pipeline", "laptop", "token-3");
        assertThat(desk.agents().tokens(Desk.globalAdmin(), MARIA).get(1).expiresAt())
                .contains(T0.plus(java.time.Duration.ofDays(30)));

        desk.agents().revokeToken(Desk.globalAdmin(), MARIA, "laptop");

        assertThat(desk.authenticate().checkToken(laptop)).isEmpty();
        assertThat(desk.authenticate().checkToken(pipeline)).isPresent();
        assertThat(desk.authenticate().checkToken(unnamed)).isPresent();
        assertThatThrownBy(() -> desk.agents().revokeToken(Desk.globalAdmin(), MARIA, "laptop"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> desk.agents().issueToken(Desk.globalAdmin(), MARIA, Optional.of("pipeline"),
                Optional.empty())).isInstanceOf(InvalidInputException.class).hasMessageContaining("already has a token");
        assertThatThrownBy(() -> desk.agents().issueToken(Desk.globalAdmin(), MARIA, Optional.of("no spaces please"),
                Optional.empty())).isInstanceOf(InvalidInputException.class);
        assertThat(auditTrail()).extracting(e -> e.action()).contains("agent.token", "agent.revoke-token");
    }

    @Test
    void aTokenStopsWorkingWhenItExpiresAlsoWhenItsAgentWasKeptInMemory() {
        addMaria();
        String token = desk.agents().issueToken(Desk.globalAdmin(), MARIA, Optional.of("short"),
                Optional.of(java.time.Duration.ofDays(1)));
        assertThat(desk.authenticate().checkToken(token)).isPresent();

        clock.advance(java.time.Duration.ofDays(1).minusSeconds(1));
        assertThat(desk.authenticate().checkToken(token)).isPresent();
        clock.advance(java.time.Duration.ofSeconds(1));

        assertThat(desk.authenticate().checkToken(token)).isEmpty();
    }

    @Test
    void refusedTokensAreAuditedAsOneEventPerAddress() {
        desk.authenticate().recordFailedTokens("203.0.113.9", 42, T0, T0.plusSeconds(59));

        assertThat(auditTrail()).filteredOn(e -> e.action().equals("agent.token-refused")).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("bearer token from 203.0.113.9");
                    assertThat(e.detail()).startsWith("42 request(s) with an unknown, revoked or expired token");
                });
    }

    @Test
    void aTokenIdentifiesItsAgentUntilTheAgentIsDisabled() {
        Agent maria = addMaria();

        String token = desk.agents().issueToken(Desk.globalAdmin(), MARIA);

        assertThat(token).startsWith(ApiTokens.PREFIX);
        assertThat(desk.authenticate().checkToken(token)).map(Actor.AgentActor::agentId).contains(maria.id());
        assertThat(desk.authenticate().checkToken(token + "x")).isEmpty();
        assertThat(desk.storage().unitOfWork().read(() -> desk.storage().agents().findByTokenDigest(token))).isEmpty();

        desk.agents().disable(Desk.globalAdmin(), MARIA);

        assertThat(desk.authenticate().checkToken(token)).isEmpty();
        assertThat(desk.authenticate().current(maria.id())).isEmpty();
        assertThatThrownBy(() -> desk.authenticate().signIn(MARIA.value(), PASSWORD.toCharArray(), Channel.WEB))
                .isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() -> desk.agents().issueToken(Desk.globalAdmin(), MARIA))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aResetPasswordReplacesTheOldOne() {
        addMaria();

        desk.agents().resetPassword(Desk.operator(), MARIA, "a-brand-new-passphrase".toCharArray());

        assertThat(desk.authenticate().signIn(MARIA.value(), "a-brand-new-passphrase".toCharArray(), Channel.WEB))
                .isNotNull();
        assertThatThrownBy(() -> desk.authenticate().signIn(MARIA.value(), PASSWORD.toCharArray(), Channel.WEB))
                .isInstanceOf(NotAuthenticatedException.class);
    }

    @Test
    void onlyAGlobalAdminManagesAgents() {
        assertThatThrownBy(() -> desk.agents().add(Desk.adminAgent(), MARIA, "Maria Lopez", Set.of(Role.GLOBAL_ADMIN),
                Optional.empty())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.agents().list(Desk.helpdesk())).isInstanceOf(AccessDeniedException.class);
        assertThat(auditTrail()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("agent.add");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
        assertThat(desk.agents().list(Desk.operator())).isEmpty();
    }

    @Test
    void aCallerWhoMayNotManageAgentsIsRefusedAndAuditedWhateverPasswordItSends() {
        assertThatThrownBy(() -> desk.agents().add(Desk.adminAgent(), MARIA, "Maria Lopez", Set.of(Role.GLOBAL_ADMIN),
                Optional.of("hunter2".toCharArray()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.agents().resetPassword(Desk.helpdesk(), MARIA, "x".toCharArray()))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(auditTrail()).filteredOn(e -> e.outcome() == AuditOutcome.DENIED)
                .extracting(e -> e.action()).containsExactly("agent.add", "agent.password");
    }

    @Test
    void anUnknownAgentIsNotFound() {
        assertThatThrownBy(() -> desk.agents().disable(Desk.globalAdmin(), MARIA)).isInstanceOf(NotFoundException.class);
    }
}
