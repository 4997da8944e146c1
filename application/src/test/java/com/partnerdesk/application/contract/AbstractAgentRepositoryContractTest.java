package com.partnerdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.fakes.StoragePorts;
import com.partnerdesk.application.port.out.AgentRepository;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.ApiToken;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.Role;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every AgentRepository promises: agents, password hashes, API token digests. */
public abstract class AbstractAgentRepositoryContractTest extends AbstractStorageContractTest {
    private static final Instant T0 = Samples.T0;
    private static final String DIGEST_A = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String DIGEST_B = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

    @Override
    protected abstract StoragePorts newStorage();

    @Test
    void insertedAgentIsFoundByIdAndByEmail() {
        Agent maria = Samples.agent("maria.lopez@federalcloudpartners.example", "Maria Lopez", Role.HELPDESK_AGENT,
                Role.SALES_AGENT);
        writeVoid(() -> storage.agents().insert(maria, Optional.of("fake:hash-of-maria"), T0));

        assertThat(read(() -> storage.agents().find(maria.id()))).contains(maria);
        assertThat(read(() -> storage.agents().findByEmail(Email.of("Maria.Lopez@FederalCloudPartners.example"))))
                .contains(maria);
        assertThat(read(() -> storage.agents().passwordHash(maria.id()))).contains("fake:hash-of-maria");
    }

    @Test
    void anAgentWithoutPasswordHasNoHash() {
        Agent bot = Samples.agent("intake@federalcloudpartners.example", "Intake integration", Role.HELPDESK_AGENT);
        writeVoid(() -> storage.agents().insert(bot, Optional.empty(), T0));

        assertThat(read(() -> storage.agents().passwordHash(bot.id()))).isEmpty();
        writeVoid(() -> storage.agents().setPasswordHash(bot.id(), "fake:new"));
        assertThat(read(() -> storage.agents().passwordHash(bot.id()))).contains("fake:new");
    }

    @Test
    void updateStoresRolesAndDisabling() {
        Agent sam = Samples.agent("sam.okafor@federalcloudpartners.example", "Sam Okafor", Role.SALES_AGENT);
        writeVoid(() -> storage.agents().insert(sam, Optional.of("fake:x"), T0));
        Agent promoted = sam.withRoles(EnumSet.of(Role.ADMIN_AGENT, Role.HELPDESK_AGENT));
        writeVoid(() -> storage.agents().update(promoted));
        assertThat(read(() -> storage.agents().find(sam.id()))).contains(promoted);

        writeVoid(() -> storage.agents().update(promoted.disable()));
        Agent found = read(() -> storage.agents().find(sam.id())).orElseThrow();
        assertThat(found.disabled()).isTrue();
        assertThat(found.roles()).containsExactlyInAnyOrder(Role.ADMIN_AGENT, Role.HELPDESK_AGENT);

        writeVoid(() -> storage.agents().update(found.withScreened(true)));
        assertThat(read(() -> storage.agents().find(sam.id())).orElseThrow().screened()).isTrue();
        assertThat(found.screened()).as("an agent starts unscreened").isFalse();
    }

    @Test
    void allListsEveryAgent() {
        Agent a = Samples.agent("a.admin@federalcloudpartners.example", "Ana Admin", Role.GLOBAL_ADMIN);
        Agent b = Samples.agent("b.help@federalcloudpartners.example", "Ben Help", Role.HELPDESK_AGENT);
        writeVoid(() -> storage.agents().insert(a, Optional.empty(), T0));
        writeVoid(() -> storage.agents().insert(b, Optional.empty(), T0));

        assertThat(read(() -> storage.agents().all())).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void tokensAreFoundByDigestListedByNameAndRevokedTogether() {
        Agent ci = Samples.agent("ci@federalcloudpartners.example", "CI pipeline", Role.HELPDESK_AGENT);
        Agent other = Samples.agent("other@federalcloudpartners.example", "Other", Role.HELPDESK_AGENT);
        writeVoid(() -> storage.agents().insert(ci, Optional.empty(), T0));
        writeVoid(() -> storage.agents().insert(other, Optional.empty(), T0));
        ApiToken a = new ApiToken("pipeline", T0, Optional.empty());
        ApiToken b = new ApiToken("laptop", T0.plusSeconds(60), Optional.of(T0.plusSeconds(86_400)));
        writeVoid(() -> storage.agents().addToken(ci.id(), DIGEST_A, a));
        writeVoid(() -> storage.agents().addToken(ci.id(), DIGEST_B, b));

        assertThat(read(() -> storage.agents().findByTokenDigest(DIGEST_A)))
                .contains(new AgentRepository.TokenHolder(ci, a));
        assertThat(read(() -> storage.agents().findByTokenDigest(DIGEST_B)))
                .contains(new AgentRepository.TokenHolder(ci, b));
        assertThat(read(() -> storage.agents().tokens(ci.id()))).containsExactly(a, b);
        assertThat(read(() -> storage.agents().tokens(other.id()))).isEmpty();

        writeVoid(() -> storage.agents().revokeTokens(ci.id()));
        assertThat(read(() -> storage.agents().findByTokenDigest(DIGEST_A))).isEmpty();
        assertThat(read(() -> storage.agents().findByTokenDigest(DIGEST_B))).isEmpty();
        assertThat(read(() -> storage.agents().tokens(ci.id()))).isEmpty();
    }

    @Test
    void oneTokenIsRevokedByNameAndTheOthersKeepWorking() {
        Agent ci = Samples.agent("ci@federalcloudpartners.example", "CI pipeline", Role.HELPDESK_AGENT);
        writeVoid(() -> storage.agents().insert(ci, Optional.empty(), T0));
        writeVoid(() -> storage.agents().addToken(ci.id(), DIGEST_A, new ApiToken("pipeline", T0, Optional.empty())));
        writeVoid(() -> storage.agents().addToken(ci.id(), DIGEST_B, new ApiToken("laptop", T0, Optional.empty())));

        boolean revoked = write(() -> storage.agents().revokeToken(ci.id(), "laptop"));
        boolean again = write(() -> storage.agents().revokeToken(ci.id(), "laptop"));

        assertThat(revoked).isTrue();
        assertThat(again).isFalse();
        assertThat(read(() -> storage.agents().findByTokenDigest(DIGEST_B))).isEmpty();
        assertThat(read(() -> storage.agents().findByTokenDigest(DIGEST_A))).isPresent();
        assertThat(read(() -> storage.agents().tokens(ci.id()))).extracting(ApiToken::name).containsExactly("pipeline");
    }

    @Test
    void unknownAgentIsNotFound() {
        assertThat(read(() -> storage.agents().find(AgentId.random()))).isEmpty();
        assertThat(read(() -> storage.agents().findByEmail(Email.of("nobody@example.com")))).isEmpty();
        assertThat(read(() -> storage.agents().findByTokenDigest(DIGEST_A))).isEmpty();
    }
}
