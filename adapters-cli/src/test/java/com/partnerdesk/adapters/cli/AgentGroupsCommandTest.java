package com.partnerdesk.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.adapters.cli.CliTestDesk.Result;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.GroupId;
import com.partnerdesk.domain.agent.GroupMapping;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.audit.Channel;
import com.partnerdesk.domain.secondfactor.Totp;
import com.partnerdesk.domain.secondfactor.TotpSecret;
import org.junit.jupiter.api.Test;

/** {@code agents map-group | unmap-group | groups | reset-second-factor}. */
class AgentGroupsCommandTest {
    private static final String GROUP = "5f1d2c3b-0000-4000-8000-00000000a11d";
    private final CliTestDesk desk = new CliTestDesk();

    @Test
    void mapsAGroupToARoleScreenedListsItAndUnmapsIt() {
        Result mapped = desk.run("agents", "map-group", "--group", GROUP.toUpperCase(), "--role", "helpdesk_agent",
                "--screened");
        assertThat(mapped.exitCode()).as(mapped.err()).isZero();
        assertThat(mapped.out()).isEqualTo("members of " + GROUP + " get HELPDESK_AGENT, screened, at their next "
                + "sign-in\n");
        assertThat(desk.groupMappings.list(Caller.operator("test")))
                .containsExactly(new GroupMapping(GroupId.of(GROUP), Role.HELPDESK_AGENT, true));

        Result listed = desk.run("agents", "groups", "--format", "csv");
        assertThat(listed.out()).contains("GROUP,ROLE,SCREENED").contains(GROUP + ",HELPDESK_AGENT,yes");

        assertThat(desk.run("agents", "unmap-group", "--group", GROUP).exitCode()).isZero();
        assertThat(desk.groupMappings.list(Caller.operator("test"))).isEmpty();
        assertThat(desk.run("agents", "unmap-group", "--group", GROUP).exitCode()).isNotZero();
    }

    @Test
    void aGroupThatIsNoGuidIsBadInputNamingTheField() {
        Result refused = desk.run("agents", "map-group", "--group", "Helpdesk", "--role", "HELPDESK_AGENT");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("groupId").contains("not a GUID");
    }

    @Test
    void resetsAnAgentsSecondFactor() {
        desk.run("agents", "add", "--email", "ana@partner.example", "--name", "Ana", "--role", "HELPDESK_AGENT");
        Agent ana = desk.storage.agents().findByEmail(Email.of("ana@partner.example")).orElseThrow();
        Caller asAna = new Caller(ana.asActor(), Channel.WEB);
        var enrolment = desk.secondFactor.begin(asAna);
        desk.secondFactor.confirm(asAna, Totp.code(TotpSecret.ofBase32(enrolment.secret()).bytes(),
                desk.clock.instant()));
        assertThat(desk.secondFactor.required(ana.id())).isTrue();

        Result reset = desk.run("agents", "reset-second-factor", "--email", "ana@partner.example");
        assertThat(reset.exitCode()).as(reset.err()).isZero();
        assertThat(desk.secondFactor.required(ana.id())).isFalse();
    }
}
