package com.partnerdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.error.AccessDeniedException;
import com.partnerdesk.application.error.InputFault;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.error.StaleVersionException;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.PartnerProfileView;
import com.partnerdesk.application.port.in.UpdatePartnerProfileCommand;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.partner.PartnerProfile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartnerProfileServiceTest {
    private final Desk desk = Desk.inMemory();

    private static UpdatePartnerProfileCommand command(Caller caller, long version) {
        return UpdatePartnerProfileCommand.of(caller, version, "Federal Cloud Partners LLC", "Dana Whitfield",
                "dana.whitfield@federalcloudpartners.example", "+1 703 555 0100", true);
    }

    private List<AuditEvent> audit() {
        return desk.storage().unitOfWork().read(() -> desk.storage().audit().since(Optional.empty(), 1000));
    }

    @Test
    void everyAgentSeesTheProfileAndOnlyTheGlobalAdminMayEditIt() {
        assertThat(desk.showPartnerProfile().show(Desk.salesAgent()))
                .isEqualTo(new PartnerProfileView(new PartnerProfile("PartnerDesk partner", Optional.empty(), false), 0, false));
        assertThat(desk.showPartnerProfile().show(Desk.adminAgent()).mayEdit()).isFalse();
        assertThat(desk.showPartnerProfile().show(Desk.globalAdmin()).mayEdit()).isTrue();
        assertThat(desk.showPartnerProfile().show(Desk.operator()).mayEdit()).isTrue();
    }

    @Test
    void theGlobalAdminSavesTheProfileAndTheAuditNamesEachFieldChanged() {
        PartnerProfileView saved = desk.updatePartnerProfile().update(command(Desk.globalAdmin(), 0));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.profile().primaryContact()).get().extracting(c -> c.email().value())
                .isEqualTo("dana.whitfield@federalcloudpartners.example");
        assertThat(desk.showPartnerProfile().show(Desk.helpdesk()).profile()).isEqualTo(saved.profile());
        assertThat(audit()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("partner.update");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.ALLOWED);
            assertThat(e.detail()).contains("organization 'PartnerDesk partner' -> 'Federal Cloud Partners LLC'")
                    .contains("primaryContact.email '' -> 'dana.whitfield@federalcloudpartners.example'")
                    .contains("advancedSupport 'false' -> 'true'").contains("version 1");
        });
    }

    @Test
    void theSameProfileAgainWritesNothing() {
        desk.updatePartnerProfile().update(command(Desk.globalAdmin(), 0));
        PartnerProfileView again = desk.updatePartnerProfile().update(command(Desk.globalAdmin(), 1));
        assertThat(again.version()).isEqualTo(1);
        assertThat(audit()).hasSize(1);
    }

    @Test
    void anAdminAgentIsRefusedAndTheRefusalIsAudited() {
        assertThatThrownBy(() -> desk.updatePartnerProfile().update(command(Desk.adminAgent(), 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(desk.showPartnerProfile().show(Desk.globalAdmin()).version()).isZero();
        assertThat(audit()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("partner.update");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsWritten() {
        desk.updatePartnerProfile().update(command(Desk.globalAdmin(), 0));
        UpdatePartnerProfileCommand stale = UpdatePartnerProfileCommand.of(Desk.globalAdmin(), 0, "Someone Else", "",
                "", "", false);
        assertThatThrownBy(() -> desk.updatePartnerProfile().update(stale)).isInstanceOf(StaleVersionException.class);
        assertThat(desk.showPartnerProfile().show(Desk.globalAdmin()).profile().organization())
                .isEqualTo("Federal Cloud Partners LLC");
    }

    @Test
    void badValuesAreRefusedTogetherEachNamingItsField() {
        assertThatThrownBy(() -> UpdatePartnerProfileCommand.of(Desk.globalAdmin(), 0, " ", "Dana", "not-an-address",
                "call me", false))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).faults()).extracting(InputFault::location)
                        .containsExactly("organization", "primaryContact.email", "primaryContact.phone"));
    }

    @Test
    void aContactIsAllOrNothing() {
        assertThat(UpdatePartnerProfileCommand.of(Desk.globalAdmin(), 0, "Org", "", " ", null, false).profile()
                .primaryContact()).isEmpty();
        assertThatThrownBy(() -> UpdatePartnerProfileCommand.of(Desk.globalAdmin(), 0, "Org", "Dana", "", "", false))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).faults()).extracting(InputFault::location)
                        .containsExactly("primaryContact.email", "primaryContact.phone"));
    }

    @Test
    void theSampleDeskSeedsThePartnersProfile() {
        Desk samples = Desk.inMemoryWithSamples();
        assertThat(samples.showPartnerProfile().show(Desk.helpdesk()).profile()).isEqualTo(Samples.partnerProfile());
    }
}
