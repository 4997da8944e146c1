package com.partnerdesk.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.adapters.cli.CliTestDesk.Result;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.audit.AuditEvent;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgentsCommandTest {
    private final CliTestDesk desk = new CliTestDesk();

    @Test
    void addsAnAgentWithRolesAndAPasswordReadFromStandardInput() {
        Result result = desk.runWithInput("correct horse battery staple\n", "agents", "add",
                "--email", "Dana.Whitfield@Partner.example", "--name", "Dana Whitfield",
                "--role", "helpdesk_agent", "--role", "SALES_AGENT", "--password-stdin");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("added dana.whitfield@partner.example (HELPDESK_AGENT,SALES_AGENT)\n");
        Agent stored = agent("dana.whitfield@partner.example").orElseThrow();
        assertThat(stored.roles()).containsExactlyInAnyOrder(Role.HELPDESK_AGENT, Role.SALES_AGENT);
        assertThat(desk.storage.agents().passwordHash(stored.id())).isPresent();
    }

    @Test
    void auditsTheAdditionUnderTheOperatorsName() {
        desk.run("agents", "add", "--email", "a@partner.example", "--name", "A", "--role", "GLOBAL_ADMIN");

        assertThat(desk.storage.audit().since(Optional.empty(), 10)).extracting(AuditEvent::actor, AuditEvent::action)
                .contains(org.assertj.core.groups.Tuple.tuple(CliTestDesk.OPERATOR, "agent.add"));
    }

    @Test
    void acceptsSeveralRolesAfterOneOption() {
        Result result = desk.run("agents", "add", "--email", "a@partner.example", "--name", "A",
                "--role", "ADMIN_AGENT", "HELPDESK_AGENT");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(agent("a@partner.example").orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.ADMIN_AGENT, Role.HELPDESK_AGENT);
    }

    @Test
    void refusesAShortPasswordAndAddsNobody() {
        Result result = desk.runWithInput("short\n", "agents", "add", "--email", "a@partner.example", "--name", "A",
                "--role", "ADMIN_AGENT", "--password-stdin");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.errLines()).containsExactly("partnerdesk: password: must be at least 12 characters long");
        assertThat(agent("a@partner.example")).isEmpty();
    }

    @Test
    void refusesAnEmptyStandardInputWhenAPasswordIsExpected() {
        Result result = desk.run("agents", "add", "--email", "a@partner.example", "--name", "A",
                "--role", "ADMIN_AGENT", "--password-stdin");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("--password-stdin");
    }

    @Test
    void refusesAnUnknownRoleNamingTheAllowedOnes() {
        Result result = desk.run("agents", "add", "--email", "a@partner.example", "--name", "A", "--role", "SUPERUSER");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.errLines()).singleElement().asString().contains("--role", "SUPERUSER", "GLOBAL_ADMIN");
    }

    @Test
    void refusesABadEmailNamingTheField() {
        Result result = desk.run("agents", "add", "--email", "not-an-email", "--name", "A", "--role", "ADMIN_AGENT");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.errLines()).containsExactly("partnerdesk: email: 'not-an-email' is not an e-mail address");
    }

    @Test
    void refusesAMissingRequiredOption() {
        Result result = desk.run("agents", "add", "--email", "a@partner.example", "--role", "ADMIN_AGENT");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.errLines()).singleElement().asString().contains("--name");
    }

    @Test
    void listsAgentsInATableAndAsJson() {
        desk.run("agents", "add", "--email", "b@partner.example", "--name", "Bea Ortiz", "--role", "SALES_AGENT");

        Result table = desk.run("agents", "list");
        Result json = desk.run("agents", "list", "--format", "json");

        assertThat(table.out()).contains("EMAIL", "ROLES", "b@partner.example", "Bea Ortiz", "SALES_AGENT");
        assertThat(json.out()).contains("\"email\" : \"b@partner.example\"", "\"roles\" : [ \"SALES_AGENT\" ]",
                "\"disabled\" : false");
    }

    @Test
    void replacesAnAgentsRoles() {
        desk.run("agents", "add", "--email", "b@partner.example", "--name", "Bea", "--role", "SALES_AGENT");

        Result result = desk.run("agents", "roles", "--email", "b@partner.example", "--role", "ADMIN_AGENT");

        assertThat(result.exitCode()).isZero();
        assertThat(agent("b@partner.example").orElseThrow().roles()).containsExactly(Role.ADMIN_AGENT);
    }

    @Test
    void disablesAnAgent() {
        desk.run("agents", "add", "--email", "b@partner.example", "--name", "Bea", "--role", "SALES_AGENT");

        Result result = desk.run("agents", "disable", "--email", "b@partner.example");

        assertThat(result.exitCode()).isZero();
        assertThat(agent("b@partner.example").orElseThrow().disabled()).isTrue();

        Result enabled = desk.run("agents", "enable", "--email", "b@partner.example");

        assertThat(enabled.exitCode()).isZero();
        assertThat(agent("b@partner.example").orElseThrow().disabled()).isFalse();
    }

    @Test
    void anUnknownAgentIsAFailedOperation() {
        Result result = desk.run("agents", "disable", "--email", "nobody@partner.example");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.errLines()).containsExactly("partnerdesk: Agent nobody@partner.example was not found");
    }

    @Test
    void issuesATokenPrintedOnceOnStandardOutput() {
        desk.run("agents", "add", "--email", "b@partner.example", "--name", "Bea", "--role", "HELPDESK_AGENT");

        Result result = desk.run("agents", "token", "--email", "b@partner.example");

        assertThat(result.exitCode()).isZero();
        String token = result.out().strip();
        assertThat(token).startsWith("pd_").doesNotContain(" ");
        assertThat(result.err()).contains("shown once");
    }

    private Optional<Agent> agent(String email) {
        return desk.storage.agents().findByEmail(Email.of(email));
    }

    @Test
    void resetsAPasswordReadFromStandardInputAndTheOldOneNoLongerMatches() {
        desk.runWithInput("correct horse battery staple\n", "agents", "add", "--email", "a@partner.example",
                "--name", "A", "--role", "ADMIN_AGENT", "--password-stdin");
        Agent stored = agent("a@partner.example").orElseThrow();
        String before = desk.storage.agents().passwordHash(stored.id()).orElseThrow();

        Result result = desk.runWithInput("a much longer new passphrase\n", "agents", "password",
                "--email", "a@partner.example", "--password-stdin");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("password reset for a@partner.example\n");
        assertThat(desk.storage.agents().passwordHash(stored.id())).isPresent().get().isNotEqualTo(before);
    }
}
