package com.partnerdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.out.CaseQuery;
import com.partnerdesk.application.port.out.DataVersions;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.Role;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every DataVersions promises: the same number only while nothing was committed (any change for
 * {@code anyChange}, an agent or token change for {@code agents}), and never the same number inside a unit of work.
 */
public abstract class AbstractDataVersionsContractTest extends AbstractStorageContractTest {
    private static final Instant T0 = Samples.T0;
    private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private DataVersions versions;
    private Agent maria;

    @BeforeEach
    void agentAndCustomer() {
        versions = storage.versions();
        maria = Samples.agent("maria.lopez@federalcloudpartners.example", "Maria Lopez", Role.HELPDESK_AGENT);
        writeVoid(() -> storage.agents().insert(maria, Optional.empty(), T0));
        writeVoid(() -> storage.agents().addToken(maria.id(), DIGEST,
                new com.partnerdesk.domain.agent.ApiToken("ci", T0, Optional.empty())));
        storeCustomer(Samples.contoso());
    }

    @Test
    void bothStayTheSameWhileNothingIsWritten() {
        long any = versions.anyChange();
        long agents = versions.agents();
        read(() -> storage.cases().search(new CaseQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), 0, 50)));
        read(() -> storage.agents().findByTokenDigest(DIGEST));

        assertThat(versions.anyChange()).isEqualTo(any);
        assertThat(versions.agents()).isEqualTo(agents);
    }

    @Test
    void aCommittedCaseMovesAnyChangeButNotAgents() {
        long any = versions.anyChange();
        long agents = versions.agents();

        storeTriagedCase(Samples.CONTOSO_ID, T0.minusSeconds(600), T0);

        assertThat(versions.anyChange()).isNotEqualTo(any);
        assertThat(versions.agents()).isEqualTo(agents);
    }

    @Test
    void disablingAnAgentMovesAgents() {
        long agents = versions.agents();

        writeVoid(() -> storage.agents().update(maria.disable()));

        assertThat(versions.agents()).isNotEqualTo(agents);
    }

    @Test
    void changingRolesMovesAgents() {
        long agents = versions.agents();

        writeVoid(() -> storage.agents().update(maria.withRoles(EnumSet.of(Role.SALES_AGENT))));

        assertThat(versions.agents()).isNotEqualTo(agents);
    }

    @Test
    void revokingTokensMovesAgents() {
        long agents = versions.agents();

        writeVoid(() -> storage.agents().revokeTokens(maria.id()));

        assertThat(versions.agents()).isNotEqualTo(agents);
    }

    @Test
    void addingATokenOrAnAgentMovesAgents() {
        long before = versions.agents();
        writeVoid(() -> storage.agents().addToken(maria.id(), DIGEST.replace('9', '8'),
                new com.partnerdesk.domain.agent.ApiToken("laptop", T0, Optional.empty())));
        long afterToken = versions.agents();
        writeVoid(() -> storage.agents().insert(Samples.agent("sam.okafor@federalcloudpartners.example", "Sam Okafor",
                Role.SALES_AGENT), Optional.empty(), T0));

        assertThat(afterToken).isNotEqualTo(before);
        assertThat(versions.agents()).isNotEqualTo(afterToken);
    }

    @Test
    void aNumberAnsweredInsideAWriteIsNeverCurrent() {
        long inside = write(() -> versions.anyChange());
        long insideAgain = write(() -> versions.agents());

        assertThat(inside).isNotEqualTo(versions.anyChange());
        assertThat(insideAgain).isNotEqualTo(versions.agents());
    }

    @Test
    void insideAUnitOfWorkNoNumberIsAnsweredTwice() {
        long outside = versions.anyChange();
        long agentsOutside = versions.agents();

        long[] inside = read(() -> new long[] {versions.anyChange(), versions.anyChange(), versions.agents(),
                versions.agents()});

        assertThat(inside).doesNotHaveDuplicates().doesNotContain(outside, agentsOutside);
        assertThat(versions.anyChange()).isEqualTo(outside);
    }
}
