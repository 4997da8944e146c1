package com.partnerdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.error.AccessDeniedException;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.error.StaleVersionException;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.AgentRef;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.ChangeOwnerCommand;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.audit.Channel;
import com.partnerdesk.domain.cases.SymptomClassification;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangeOwnerServiceTest extends DeskTestSupport {
    private Caller ava;    // helpdesk
    private Caller liam;   // helpdesk
    private Caller nora;   // admin agent
    private Caller sam;    // sales

    @BeforeEach
    void agents() {
        ava = agent("ava.brooks@partner.example", "Ava Brooks", Role.HELPDESK_AGENT);
        liam = agent("liam.chen@partner.example", "Liam Chen", Role.HELPDESK_AGENT);
        nora = agent("nora.admin@partner.example", "Nora Admin", Role.ADMIN_AGENT);
        sam = agent("sam.sales@partner.example", "Sam Sales", Role.SALES_AGENT);
    }

    private Caller agent(String email, String name, Role role) {
        desk.agents().add(Desk.operator(), Email.of(email), name, Set.of(role), Optional.empty());
        Agent screened = desk.agents().setScreened(Desk.operator(), Email.of(email), true);
        return new Caller(screened.asActor(), Channel.WEB);
    }

    private CaseView change(Caller caller, CaseView c, String email) {
        return desk.changeOwner().changeOwner(new ChangeOwnerCommand(caller, c.id(),
                Optional.ofNullable(email).map(Email::of), OptionalLong.empty()));
    }

    private static String faultOf(Throwable e) {
        return ((InvalidInputException) e).faults().get(0).toString();
    }

    private CaseView aCase() {
        return openExchange(Samples.CONTOSO_ID, SymptomClassification.CONFIGURATION, Duration.ofHours(1));
    }

    @Test
    void anAgentTakesACaseAndReleasesIt_eachChangeOnTheTimelineAndAudited() {
        CaseView c = aCase();

        CaseView taken = change(ava, c, "ava.brooks@partner.example");
        assertThat(taken.owner()).contains(new AgentRef("ava.brooks@partner.example", "Ava Brooks"));
        assertThat(taken.version()).isEqualTo(c.version() + 1);
        CaseView released = change(ava, taken, null);

        assertThat(released.owner()).isEmpty();
        assertThat(released.ownerChanges()).extracting(o -> o.why()).containsExactly("taken", "released");
        assertThat(released.ownerChanges().get(0).to()).contains(new AgentRef("ava.brooks@partner.example", "Ava Brooks"));
        assertThat(released.ownerChanges().get(0).by()).isEqualTo("ava.brooks@partner.example");
        assertThat(auditTrail()).filteredOn(e -> e.action().equals("case.owner")).extracting(AuditEvent::detail)
                .containsExactly("taken to ava.brooks@partner.example",
                        "released (owner was ava.brooks@partner.example)");
    }

    @Test
    void anAdminAgentAssignsToAnyAgentWhoMayWorkCases() {
        CaseView c = change(ava, aCase(), "ava.brooks@partner.example");

        CaseView assigned = change(nora, c, "liam.chen@partner.example");

        assertThat(assigned.owner().map(AgentRef::email)).contains("liam.chen@partner.example");
        assertThat(assigned.ownerChanges()).extracting(o -> o.why()).containsExactly("taken", "assigned");
        assertThat(auditTrail()).filteredOn(e -> e.action().equals("case.owner")).last().extracting(AuditEvent::detail)
                .isEqualTo("assigned to liam.chen@partner.example (owner was ava.brooks@partner.example)");
    }

    @Test
    void aHelpdeskAgentMayNotAssignNorTakeAnotherAgentsCase_andTheRefusalIsAudited() {
        CaseView c = change(ava, aCase(), "ava.brooks@partner.example");

        assertThatThrownBy(() -> change(liam, c, "liam.chen@partner.example")).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("assign a case");
        assertThatThrownBy(() -> change(liam, c, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> change(ava, c, "liam.chen@partner.example")).isInstanceOf(AccessDeniedException.class);

        assertThat(reload(c).owner().map(AgentRef::email)).contains("ava.brooks@partner.example");
        assertThat(auditTrail()).filteredOn(e -> e.action().equals("case.owner") && e.outcome() == AuditOutcome.DENIED)
                .hasSize(3);
    }

    @Test
    void aSalesAgentMayNotTakeACaseNorBeGivenOne() {
        CaseView c = aCase();

        assertThatThrownBy(() -> change(sam, c, "sam.sales@partner.example")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> change(nora, c, "sam.sales@partner.example"))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(faultOf(e)).contains("may not work cases"));
        assertThat(reload(c).owner()).isEmpty();
    }

    @Test
    void anUnknownOrDisabledAgentIsRefusedNamingTheField() {
        CaseView c = aCase();
        desk.agents().disable(Desk.operator(), Email.of("liam.chen@partner.example"));

        assertThatThrownBy(() -> change(nora, c, "nobody@partner.example")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).faults()).extracting(f -> f.location())
                        .containsExactly("agent"));
        assertThatThrownBy(() -> change(nora, c, "liam.chen@partner.example"))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(faultOf(e)).contains("disabled"));
    }

    @Test
    void aVersionGivenIsChecked() {
        CaseView c = aCase();
        change(ava, c, "ava.brooks@partner.example");

        assertThatThrownBy(() -> desk.changeOwner().changeOwner(new ChangeOwnerCommand(nora, c.id(),
                Optional.of(Email.of("liam.chen@partner.example")), OptionalLong.of(c.version()))))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void aDisabledAgentsCasesBecomeUnownedInTheSameTransactionAndAudited() {
        CaseView first = change(ava, aCase(), "ava.brooks@partner.example");
        CaseView second = change(ava, openExchange(Samples.FABRIKAM_ID, SymptomClassification.CONFIGURATION,
                Duration.ofHours(2)), "ava.brooks@partner.example");
        CaseView liams = change(liam, aCase(), "liam.chen@partner.example");

        desk.agents().disable(Desk.globalAdmin(), Email.of("ava.brooks@partner.example"));

        assertThat(reload(first).owner()).isEmpty();
        assertThat(reload(second).owner()).isEmpty();
        assertThat(reload(first).ownerChanges()).last().extracting(o -> o.why())
                .isEqualTo("unassigned: owner ava.brooks@partner.example was disabled");
        assertThat(reload(liams).owner().map(AgentRef::email)).contains("liam.chen@partner.example");
        assertThat(auditTrail()).filteredOn(e -> e.action().equals("agent.disable")).extracting(AuditEvent::detail)
                .containsExactly("ava.brooks@partner.example disabled; tokens revoked; 2 case(s) left unowned");
        assertThat(auditTrail()).filteredOn(e -> e.action().equals("case.owner")
                && e.detail().endsWith("was disabled")).hasSize(2);
    }

    @Test
    void anAgentLeftWithoutARoleThatWorksCasesLosesTheirCases() {
        CaseView c = change(ava, aCase(), "ava.brooks@partner.example");

        desk.agents().changeRoles(Desk.globalAdmin(), Email.of("ava.brooks@partner.example"), Set.of(Role.SALES_AGENT));

        assertThat(reload(c).owner()).isEmpty();
    }

    @Test
    void theAssigneesAreTheEnabledScreenedAgentsWhoMayWorkCasesByName() {
        desk.agents().disable(Desk.operator(), Email.of("liam.chen@partner.example"));
        desk.agents().add(Desk.operator(), Email.of("una.screened@partner.example"), "Una Unscreened",
                Set.of(Role.HELPDESK_AGENT), Optional.empty());
        CaseView c = aCase();

        assertThat(desk.changeOwner().assignees(ava, c.id())).extracting(AgentRef::email)
                .containsExactly("ava.brooks@partner.example", "nora.admin@partner.example");
    }

    @Test
    void anAgentNotScreenedMayNotBeGivenARestrictedCustomersCase() {
        desk.agents().add(Desk.operator(), Email.of("una@partner.example"), "Una Unscreened",
                Set.of(Role.HELPDESK_AGENT), Optional.empty());
        CaseView c = aCase();

        assertThatThrownBy(() -> change(nora, c, "una@partner.example")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(faultOf(e)).contains("not screened"));
    }
}
