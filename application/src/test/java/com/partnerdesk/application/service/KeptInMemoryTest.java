package com.partnerdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.error.AccessDeniedException;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.FakePasswordHasher;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.ServiceRequestView;
import com.partnerdesk.application.port.out.DataVersions;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.audit.Channel;
import com.partnerdesk.domain.cases.CaseNote;
import com.partnerdesk.domain.cases.NoteKind;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the use cases keep in memory, and when they stop trusting it: over versions the test moves by hand, so a
 * change the versions do not report shows what was served from memory.
 */
class KeptInMemoryTest extends DeskTestSupport {
    private static final Email MARIA = Email.of("maria.lopez@federalcloudpartners.example");

    private final HandMovedVersions versions = new HandMovedVersions();
    private AuthenticateService authenticate;
    private FindCasesService findCases;

    /** Versions that move only when the test says so. */
    private static final class HandMovedVersions implements DataVersions {
        long any;
        long agents;

        @Override
        public long anyChange() {
            return any;
        }

        @Override
        public long agents() {
            return agents;
        }
    }

    @BeforeEach
    void servicesOverHandMovedVersions() {
        authenticate = new AuthenticateService(desk.storage().agents(), new FakePasswordHasher(), desk.storage().audit(),
                desk.storage().unitOfWork(), clock, versions);
        findCases = new FindCasesService(desk.guard(), desk.caseSupport(), desk.cases(), versions, clock);
    }

    private Agent addMaria() {
        return desk.agents().add(Desk.globalAdmin(), MARIA, "Maria Lopez", EnumSet.of(Role.HELPDESK_AGENT),
                Optional.empty());
    }

    @Test
    void theAgentBehindATokenIsKeptUntilAgentsChange() {
        Agent maria = addMaria();
        String token = desk.agents().issueToken(Desk.globalAdmin(), MARIA);
        assertThat(authenticate.checkToken(token)).map(Actor.AgentActor::agentId).contains(maria.id());

        // revoked behind the versions' back: still served from memory
        desk.storage().unitOfWork().writeVoid(() -> desk.storage().agents().revokeTokens(maria.id()));
        assertThat(authenticate.checkToken(token)).isPresent();

        versions.agents++;
        assertThat(authenticate.checkToken(token)).isEmpty();
    }

    @Test
    void otherChangesLeaveTheTokenKept() {
        addMaria();
        String token = desk.agents().issueToken(Desk.globalAdmin(), MARIA);
        authenticate.checkToken(token);
        desk.storage().unitOfWork().writeVoid(() -> desk.storage().agents().revokeTokens(
                desk.storage().agents().findByEmail(MARIA).orElseThrow().id()));

        versions.any++;

        assertThat(authenticate.checkToken(token)).isPresent();
    }

    @Test
    void aDisabledAgentOrAnUnknownTokenIsNeverKept() {
        Agent maria = addMaria();
        String token = desk.agents().issueToken(Desk.globalAdmin(), MARIA);
        assertThat(authenticate.checkToken("pd_not-a-token")).isEmpty();
        desk.storage().unitOfWork().writeVoid(() -> desk.storage().agents().update(maria.disable()));
        assertThat(authenticate.checkToken(token)).isEmpty();

        desk.storage().unitOfWork().writeVoid(() -> desk.storage().agents().update(maria));

        assertThat(authenticate.checkToken(token)).isPresent();
        assertThat(authenticate.current(maria.id())).isPresent();
    }

    @Test
    void theAgentOfASessionIsKeptUntilAgentsChange() {
        Agent maria = addMaria();
        assertThat(authenticate.current(maria.id())).map(Actor.AgentActor::roles).contains(Set.of(Role.HELPDESK_AGENT));

        desk.storage().unitOfWork().writeVoid(() -> desk.storage().agents().update(maria.withRoles(EnumSet.of(Role.SALES_AGENT))));
        assertThat(authenticate.current(maria.id())).map(Actor.AgentActor::roles).contains(Set.of(Role.HELPDESK_AGENT));

        versions.agents++;
        assertThat(authenticate.current(maria.id())).map(Actor.AgentActor::roles).contains(Set.of(Role.SALES_AGENT));
    }

    @Test
    void aCaseViewIsKeptUntilAnythingChanges() {
        CaseView opened = openExchange(Samples.CONTOSO_ID, SymptomClassification.CONFIGURATION, Duration.ofMinutes(10));
        CaseView first = findCases.get(Desk.helpdesk(), opened.id());
        desk.storage().unitOfWork().writeVoid(() -> desk.storage().cases().appendNote(opened.id(),
                new CaseNote(NoteKind.NOTE, "hannah", "Called the customer", clock.instant())));

        assertThat(findCases.get(Desk.salesAgent(), opened.id())).isSameAs(first);

        versions.any++;
        assertThat(findCases.get(Desk.helpdesk(), opened.id()).notes()).extracting(CaseNote::text)
                .contains("Called the customer");
    }

    @Test
    void aKeptCaseViewIsStillRefusedToAnAgentWhoMayNotSeeItAndTheRefusalIsAudited() {
        CaseView opened = openExchange(Samples.CONTOSO_ID, SymptomClassification.CONFIGURATION, Duration.ofMinutes(10));
        findCases.get(Desk.helpdesk(), opened.id());
        Caller nobody = new Caller(new Actor.AgentActor(AgentId.random(), Email.of("nobody@federalcloudpartners.example"),
                "Nobody", Set.of()), Channel.API);

        assertThatThrownBy(() -> findCases.get(nobody, opened.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(auditTrail()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("case.view");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(e.caseId()).contains(opened.id());
        });
    }

    @Test
    void aCaseWhoseVendorClockRunsIsReadAfreshEveryTime() {
        openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(30));
        openExchange(Samples.FABRIKAM_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));
        CaseView third = openExchange(Samples.NORTHWIND_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(10));
        ServiceRequestView request = desk.escalateCase().escalate(escalation(Desk.helpdesk(), third, readyDraft()));
        desk.storage().unitOfWork().writeVoid(() -> {
            ServiceRequest r = desk.storage().requests().find(request.id()).orElseThrow();
            r.submitted("2603100040009876", clock.instant());
            desk.storage().requests().update(r);
        });
        CaseView now = findCases.get(Desk.helpdesk(), third.id());

        clock.advance(Duration.ofMinutes(30));
        CaseView later = findCases.get(Desk.helpdesk(), third.id());

        assertThat(now.changesWithTime()).isTrue();
        assertThat(later).isNotSameAs(now);
        assertThat(later.serviceRequest().orElseThrow().responseTimeLeft().orElseThrow())
                .isEqualTo(now.serviceRequest().orElseThrow().responseTimeLeft().orElseThrow().minusMinutes(30));
    }
}
