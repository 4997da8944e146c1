package com.partnerdesk.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerdesk.adapters.cli.CliTestDesk.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** agents token --name --expires-in, agents tokens, agents revoke-token (issue 13). */
class AgentTokensCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CliTestDesk desk = new CliTestDesk();

    @BeforeEach
    void anAgent() {
        desk.run("agents", "add", "--email", "ci@partner.example", "--name", "CI", "--role", "HELPDESK_AGENT");
    }

    @Test
    void severalNamedTokensAreListedWithoutTheirSecretsAndOneIsRevokedAlone() throws Exception {
        Result pipeline = desk.run("agents", "token", "--email", "ci@partner.example", "--name", "pipeline");
        Result laptop = desk.run("agents", "token", "--email", "ci@partner.example", "--name", "laptop",
                "--expires-in", "30");

        Result table = desk.run("agents", "tokens", "--email", "ci@partner.example");
        Result json = desk.run("agents", "tokens", "--email", "ci@partner.example", "--format", "json");
        Result revoke = desk.run("agents", "revoke-token", "--email", "ci@partner.example", "--name", "laptop");
        Result after = desk.run("agents", "tokens", "--email", "ci@partner.example", "--format", "json");

        assertThat(pipeline.exitCode()).as(pipeline.err()).isZero();
        assertThat(table.out()).contains("NAME", "ISSUED", "EXPIRES", "pipeline", "never", "laptop",
                        "2026-04-09T14:00:00Z")
                .doesNotContain(pipeline.out().strip(), laptop.out().strip());
        JsonNode listed = JSON.readTree(json.out());
        assertThat(listed).hasSize(2);
        assertThat(listed.get(1).get("expiresAt").asText()).isEqualTo("2026-04-09T14:00:00Z");
        assertThat(revoke.exitCode()).as(revoke.err()).isZero();
        assertThat(revoke.out()).isEqualTo("revoked the token 'laptop' of ci@partner.example\n");
        assertThat(JSON.readTree(after.out())).extracting(n -> n.get("name").asText()).containsExactly("pipeline");
        assertThat(desk.agents.tokens(com.partnerdesk.application.fakes.Desk.operator(),
                com.partnerdesk.domain.agent.Email.of("ci@partner.example"))).hasSize(1);
    }

    @Test
    void badNamesLifetimesAndUnknownTokensAreRefused() {
        Result badName = desk.run("agents", "token", "--email", "ci@partner.example", "--name", "two words");
        Result badDays = desk.run("agents", "token", "--email", "ci@partner.example", "--expires-in", "0");
        Result unknown = desk.run("agents", "revoke-token", "--email", "ci@partner.example", "--name", "nope");

        assertThat(badName.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badName.err()).contains("name");
        assertThat(badDays.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badDays.err()).contains("--expires-in");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.FAILURE);
    }

    @Test
    void anAgentIsMarkedScreenedAndUnscreenedAndTheListSaysSo() throws Exception {
        Result yes = desk.run("agents", "screened", "--email", "ci@partner.example", "--yes");
        Result listed = desk.run("agents", "list", "--format", "json");
        Result no = desk.run("agents", "screened", "--email", "ci@partner.example", "--no");
        Result neither = desk.run("agents", "screened", "--email", "ci@partner.example");
        Result both = desk.run("agents", "screened", "--email", "ci@partner.example", "--yes", "--no");

        assertThat(yes.exitCode()).as(yes.err()).isZero();
        assertThat(yes.out()).isEqualTo("ci@partner.example is screened for restricted customers\n");
        assertThat(JSON.readTree(listed.out()).get(0).get("screened").asBoolean()).isTrue();
        assertThat(no.out()).isEqualTo("ci@partner.example is not screened for restricted customers\n");
        assertThat(desk.agents.list(com.partnerdesk.application.fakes.Desk.operator()).get(0).screened()).isFalse();
        assertThat(neither.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(both.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }
}
