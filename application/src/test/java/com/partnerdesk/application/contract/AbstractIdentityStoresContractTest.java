package com.partnerdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.fakes.StoragePorts;
import com.partnerdesk.application.port.out.SecondFactors;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.GroupId;
import com.partnerdesk.domain.agent.GroupMapping;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.secondfactor.TotpSecret;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every store promises about sign-in through the identity provider and local accounts' second factor: group
 * mappings ({@code GroupMappings}), agents' links and Entra groups ({@code AgentIdentities}), TOTP secrets and
 * recovery codes ({@code SecondFactors}).
 */
public abstract class AbstractIdentityStoresContractTest extends AbstractStorageContractTest {
    private static final Instant T0 = Samples.T0;
    private static final String ISSUER = "https://login.microsoftonline.us/6a1b2c3d-0000-4000-8000-000000000001/v2.0";
    private static final GroupId HELPDESK = GroupId.of("11111111-1111-1111-1111-111111111111");
    private static final GroupId ADMINS = GroupId.of("22222222-2222-2222-2222-222222222222");

    @Override
    protected abstract StoragePorts newStorage();

    private Agent storedAgent(String email) {
        Agent agent = Samples.agent(email, "Agent " + email, Role.HELPDESK_AGENT);
        writeVoid(() -> storage.agents().insert(agent, Optional.empty(), T0));
        return agent;
    }

    @Test
    void groupMappingsAreListedByGroupThenRoleAndAGroupMayGiveSeveralRoles() {
        writeVoid(() -> storage.groupMappings().put(new GroupMapping(HELPDESK, Role.HELPDESK_AGENT, false)));
        writeVoid(() -> storage.groupMappings().put(new GroupMapping(ADMINS, Role.ADMIN_AGENT, false)));
        writeVoid(() -> storage.groupMappings().put(new GroupMapping(ADMINS, Role.SALES_AGENT, false)));
        writeVoid(() -> storage.groupMappings().put(new GroupMapping(HELPDESK, Role.HELPDESK_AGENT, true)));

        assertThat(read(() -> storage.groupMappings().all())).containsExactly(
                new GroupMapping(HELPDESK, Role.HELPDESK_AGENT, true),
                new GroupMapping(ADMINS, Role.ADMIN_AGENT, false),
                new GroupMapping(ADMINS, Role.SALES_AGENT, false));
        assertThat(write(() -> storage.groupMappings().remove(ADMINS))).isTrue();
        assertThat(write(() -> storage.groupMappings().remove(ADMINS))).isFalse();
        assertThat(read(() -> storage.groupMappings().all()))
                .containsExactly(new GroupMapping(HELPDESK, Role.HELPDESK_AGENT, true));
    }

    @Test
    void aMappingWrittenInAFailedUnitOfWorkIsNotKept() {
        assertThatThrownBy(() -> write(() -> {
            storage.groupMappings().put(new GroupMapping(HELPDESK, Role.HELPDESK_AGENT, false));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(read(() -> storage.groupMappings().all())).isEmpty();
    }

    @Test
    void anAgentIsLinkedOnceToOnePersonOfTheProvider() {
        Agent ana = storedAgent("ana@partner.example");
        Agent ben = storedAgent("ben@partner.example");
        writeVoid(() -> storage.agentIdentities().link(ana.id(), ISSUER, "oid-ana", T0));

        assertThat(read(() -> storage.agentIdentities().findBySubject(ISSUER, "oid-ana"))).contains(ana.id());
        assertThat(read(() -> storage.agentIdentities().linked(ana.id()))).isTrue();
        assertThat(read(() -> storage.agentIdentities().linked(ben.id()))).isFalse();
        assertThat(read(() -> storage.agentIdentities().findBySubject("https://other.example", "oid-ana"))).isEmpty();
        assertThatThrownBy(() -> writeVoid(() -> storage.agentIdentities().link(ben.id(), ISSUER, "oid-ana", T0)))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> writeVoid(() -> storage.agentIdentities().link(ana.id(), ISSUER, "oid-other", T0)))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void anAgentsGroupsAreReplacedAtEachSignIn() {
        Agent ana = storedAgent("ana@partner.example");
        assertThat(read(() -> storage.agentIdentities().groups(ana.id()))).isEmpty();

        writeVoid(() -> storage.agentIdentities().replaceGroups(ana.id(), Set.of(ADMINS, HELPDESK), T0));
        assertThat(read(() -> storage.agentIdentities().groups(ana.id()))).containsExactly(HELPDESK, ADMINS);

        writeVoid(() -> storage.agentIdentities().replaceGroups(ana.id(), Set.of(ADMINS), T0.plusSeconds(60)));
        assertThat(read(() -> storage.agentIdentities().groups(ana.id()))).containsExactly(ADMINS);

        writeVoid(() -> storage.agentIdentities().replaceGroups(ana.id(), Set.of(), T0.plusSeconds(120)));
        assertThat(read(() -> storage.agentIdentities().groups(ana.id()))).isEmpty();
    }

    @Test
    void aTotpEnrolmentIsConfirmedWithItsFirstStepAndLaterStepsOnly() {
        Agent ana = storedAgent("ana@partner.example");
        TotpSecret secret = TotpSecret.random();
        writeVoid(() -> storage.secondFactors().begin(ana.id(), secret, T0));
        assertThat(read(() -> storage.secondFactors().find(ana.id())))
                .contains(new SecondFactors.Enrolment(secret, false, OptionalLong.empty()));
        assertThat(write(() -> storage.secondFactors().useStep(ana.id(), 100))).as("not confirmed yet").isFalse();

        writeVoid(() -> storage.secondFactors().confirm(ana.id(), 100, List.of("d1", "d2"), T0));
        assertThat(read(() -> storage.secondFactors().find(ana.id())))
                .contains(new SecondFactors.Enrolment(secret, true, OptionalLong.of(100)));
        assertThat(write(() -> storage.secondFactors().useStep(ana.id(), 100))).isFalse();
        assertThat(write(() -> storage.secondFactors().useStep(ana.id(), 99))).isFalse();
        assertThat(write(() -> storage.secondFactors().useStep(ana.id(), 101))).isTrue();
        assertThat(read(() -> storage.secondFactors().find(ana.id())).orElseThrow().lastUsedStep()).hasValue(101);
    }

    @Test
    void aRecoveryCodeWorksOnceAndNewCodesReplaceTheOldOnes() {
        Agent ana = storedAgent("ana@partner.example");
        writeVoid(() -> storage.secondFactors().begin(ana.id(), TotpSecret.random(), T0));
        writeVoid(() -> storage.secondFactors().confirm(ana.id(), 1, List.of("d1", "d2"), T0));
        assertThat(read(() -> storage.secondFactors().recoveryCodesLeft(ana.id()))).isEqualTo(2);

        assertThat(write(() -> storage.secondFactors().useRecoveryCode(ana.id(), "d1", T0))).isTrue();
        assertThat(write(() -> storage.secondFactors().useRecoveryCode(ana.id(), "d1", T0))).isFalse();
        assertThat(write(() -> storage.secondFactors().useRecoveryCode(ana.id(), "nope", T0))).isFalse();
        assertThat(read(() -> storage.secondFactors().recoveryCodesLeft(ana.id()))).isEqualTo(1);

        writeVoid(() -> storage.secondFactors().begin(ana.id(), TotpSecret.random(), T0));
        writeVoid(() -> storage.secondFactors().confirm(ana.id(), 2, List.of("d3"), T0));
        assertThat(write(() -> storage.secondFactors().useRecoveryCode(ana.id(), "d2", T0))).isFalse();
        assertThat(read(() -> storage.secondFactors().recoveryCodesLeft(ana.id()))).isEqualTo(1);
    }

    @Test
    void removingTheSecondFactorRemovesItsRecoveryCodes() {
        Agent ana = storedAgent("ana@partner.example");
        writeVoid(() -> storage.secondFactors().begin(ana.id(), TotpSecret.random(), T0));
        writeVoid(() -> storage.secondFactors().confirm(ana.id(), 1, List.of("d1"), T0));

        assertThat(write(() -> storage.secondFactors().remove(ana.id()))).isTrue();
        assertThat(write(() -> storage.secondFactors().remove(ana.id()))).isFalse();
        assertThat(read(() -> storage.secondFactors().find(ana.id()))).isEmpty();
        assertThat(read(() -> storage.secondFactors().recoveryCodesLeft(ana.id()))).isZero();
    }

    @Test
    void rowsAboutAnAgentNeedTheAgent() {
        Agent ghost = Samples.agent("ghost@partner.example", "Ghost", Role.HELPDESK_AGENT);
        assertThatThrownBy(() -> writeVoid(() -> storage.secondFactors().begin(ghost.id(), TotpSecret.random(), T0)))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> writeVoid(() -> storage.agentIdentities().link(ghost.id(), ISSUER, "x", T0)))
                .isInstanceOf(RuntimeException.class);
    }
}
