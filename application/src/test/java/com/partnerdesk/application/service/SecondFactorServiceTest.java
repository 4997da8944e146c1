package com.partnerdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.error.AccessDeniedException;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.error.NotAuthenticatedException;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.SecondFactorUseCase;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.audit.Channel;
import com.partnerdesk.domain.secondfactor.Totp;
import com.partnerdesk.domain.secondfactor.TotpSecret;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The TOTP second factor of local accounts, on the desk's fixed clock. */
class SecondFactorServiceTest extends DeskTestSupport {
    private static final Email MARIA = Email.of("maria.lopez@federalcloudpartners.example");

    private Agent maria;
    private Caller asMaria;

    @BeforeEach
    void addMaria() {
        maria = desk.agents().add(Desk.globalAdmin(), MARIA, "Maria Lopez", EnumSet.of(Role.HELPDESK_AGENT),
                Optional.of("correct-horse-battery-staple".toCharArray()));
        asMaria = new Caller(maria.asActor(), Channel.WEB);
    }

    private byte[] enrol() {
        SecondFactorUseCase.Enrolment enrolment = desk.secondFactor().begin(asMaria);
        return TotpSecret.ofBase32(enrolment.secret()).bytes();
    }

    private List<String> enrolAndConfirm(byte[] secret) {
        return desk.secondFactor().confirm(asMaria, Totp.code(secret, clock.instant()));
    }

    @Test
    void anEnrolmentNeedsItsFirstCodeBeforeSignInAsksForIt() {
        SecondFactorUseCase.Enrolment enrolment = desk.secondFactor().begin(asMaria);
        assertThat(enrolment.otpauthUri()).startsWith("otpauth://totp/PartnerDesk:maria.lopez%40")
                .contains("secret=" + enrolment.secret());
        assertThat(desk.secondFactor().required(maria.id())).isFalse();
        assertThat(desk.secondFactor().status(asMaria)).isEqualTo(new SecondFactorUseCase.Status(false, true, 0));

        byte[] secret = TotpSecret.ofBase32(enrolment.secret()).bytes();
        assertThatThrownBy(() -> desk.secondFactor().confirm(asMaria, "000000".equals(Totp.code(secret,
                clock.instant())) ? "111111" : "000000"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("code");
        List<String> recovery = enrolAndConfirm(secret);

        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(desk.secondFactor().required(maria.id())).isTrue();
        assertThat(desk.secondFactor().status(asMaria)).isEqualTo(new SecondFactorUseCase.Status(true, false, 10));
        assertThatThrownBy(() -> desk.secondFactor().begin(asMaria)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already confirmed");
    }

    @Test
    void aCurrentCodeSignsInOnceAndTheCodeUsedToConfirmDoesNotSignInAgain() {
        byte[] secret = enrol();
        String confirming = Totp.code(secret, clock.instant());
        desk.secondFactor().confirm(asMaria, confirming);

        assertThatThrownBy(() -> desk.secondFactor().verify(maria.id(), confirming, Channel.WEB))
                .isInstanceOf(NotAuthenticatedException.class);

        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        String next = Totp.code(secret, clock.instant());
        Actor.AgentActor signedIn = desk.secondFactor().verify(maria.id(), next, Channel.WEB);
        assertThat(signedIn.agentId()).isEqualTo(maria.id());
        assertThatThrownBy(() -> desk.secondFactor().verify(maria.id(), next, Channel.WEB))
                .as("a code is used once").isInstanceOf(NotAuthenticatedException.class);
        assertThat(auditTrail()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("agent.second-factor");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
    }

    @Test
    void aCodeOneStepOldStillWorksButNotTwo() {
        byte[] secret = enrol();
        enrolAndConfirm(secret);
        clock.advance(Duration.ofMinutes(5));

        String previous = Totp.code(secret, Totp.step(clock.instant()) - 1, 6);
        assertThat(desk.secondFactor().verify(maria.id(), previous, Channel.WEB).agentId()).isEqualTo(maria.id());

        clock.advance(Duration.ofMinutes(5));
        String twoStepsOld = Totp.code(secret, Totp.step(clock.instant()) - 2, 6);
        assertThatThrownBy(() -> desk.secondFactor().verify(maria.id(), twoStepsOld, Channel.WEB))
                .isInstanceOf(NotAuthenticatedException.class);
    }

    @Test
    void aRecoveryCodeWorksOnce() {
        List<String> recovery = enrolAndConfirm(enrol());

        assertThat(desk.secondFactor().verify(maria.id(), recovery.get(3).toUpperCase(), Channel.WEB).agentId())
                .isEqualTo(maria.id());
        assertThatThrownBy(() -> desk.secondFactor().verify(maria.id(), recovery.get(3), Channel.WEB))
                .isInstanceOf(NotAuthenticatedException.class);
        assertThat(desk.secondFactor().status(asMaria).recoveryCodesLeft()).isEqualTo(9);
        assertThatThrownBy(() -> desk.secondFactor().verify(maria.id(), "aaaaa-bbbbb", Channel.WEB))
                .isInstanceOf(NotAuthenticatedException.class);
    }

    @Test
    void aDisabledAgentIsRefusedWhateverTheCode() {
        byte[] secret = enrol();
        enrolAndConfirm(secret);
        desk.agents().disable(Desk.globalAdmin(), MARIA);
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> desk.secondFactor().verify(maria.id(), Totp.code(secret, clock.instant()),
                Channel.WEB)).isInstanceOf(NotAuthenticatedException.class);
    }

    @Test
    void onlyAGlobalAdminOrTheOperatorResetsASecondFactor() {
        enrolAndConfirm(enrol());
        assertThatThrownBy(() -> desk.secondFactor().reset(Desk.adminAgent(), MARIA))
                .isInstanceOf(AccessDeniedException.class);

        desk.secondFactor().reset(Desk.operator(), MARIA);
        assertThat(desk.secondFactor().required(maria.id())).isFalse();
        assertThatThrownBy(() -> desk.secondFactor().reset(Desk.globalAdmin(), MARIA))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no second factor");
        assertThat(desk.secondFactor().begin(asMaria).secret()).hasSize(32);
    }
}
