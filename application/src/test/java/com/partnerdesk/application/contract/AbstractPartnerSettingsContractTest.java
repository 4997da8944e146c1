package com.partnerdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.error.StaleVersionException;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.fakes.StoragePorts;
import com.partnerdesk.application.port.out.PartnerSettings;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.partner.Contact;
import com.partnerdesk.domain.partner.PartnerProfile;
import com.partnerdesk.domain.cases.BusinessCalendar;
import com.partnerdesk.domain.cases.ClockTarget;
import com.partnerdesk.domain.cases.ClockTargets;
import com.partnerdesk.domain.cases.CustomerClockSettings;
import com.partnerdesk.domain.cases.Impact;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What every PartnerSettings promises: a default until saved, every field kept, one version per save. */
public abstract class AbstractPartnerSettingsContractTest extends AbstractStorageContractTest {

    @Override
    protected abstract StoragePorts newStorage();

    @Test
    void anEmptyStoreAnswersTheDefaultProfileAtVersionZero() {
        assertThat(read(() -> storage.partner().profile())).isEqualTo(PartnerSettings.DEFAULT);
        assertThat(read(() -> storage.partner().version())).isZero();
    }

    @Test
    void aSavedProfileRoundTripsEveryFieldAndEachSaveAddsOneToTheVersion() {
        PartnerProfile first = Samples.partnerProfile();
        assertThat(write(() -> storage.partner().save(first, 0))).isEqualTo(1);
        assertThat(read(() -> storage.partner().profile())).isEqualTo(first);

        PartnerProfile second = new PartnerProfile("Contoso Federal Partners", Optional.of(new Contact("Jordan Lee",
                Email.of("jordan.lee@contosofederal.example"), "+1 202 555 0147")), true);
        assertThat(write(() -> storage.partner().save(second, 1))).isEqualTo(2);
        assertThat(read(() -> storage.partner().profile())).isEqualTo(second);
        assertThat(read(() -> storage.partner().version())).isEqualTo(2);
    }

    @Test
    void aProfileWithoutContactIsKeptWithoutContact() {
        PartnerProfile noContact = new PartnerProfile("Fabrikam Gov Partners", Optional.empty(), true);
        write(() -> storage.partner().save(noContact, 0));
        assertThat(read(() -> storage.partner().profile())).isEqualTo(noContact);
    }

    @Test
    void aSaveAgainstAnOlderVersionIsRefusedAndChangesNothing() {
        write(() -> storage.partner().save(Samples.partnerProfile(), 0));
        PartnerProfile other = new PartnerProfile("Someone Else", Optional.empty(), true);

        assertThatThrownBy(() -> write(() -> storage.partner().save(other, 0)))
                .isInstanceOf(StaleVersionException.class)
                .satisfies(e -> assertThat(((StaleVersionException) e).currentVersion()).isEqualTo(1));
        assertThat(read(() -> storage.partner().profile())).isEqualTo(Samples.partnerProfile());
        assertThat(read(() -> storage.partner().version())).isEqualTo(1);
    }

    @Test
    void aSaveRolledBackWithItsUnitOfWorkLeavesNoTrace() {
        try {
            writeVoid(() -> {
                storage.partner().save(Samples.partnerProfile(), 0);
                throw new IllegalStateException("the rest of the work failed");
            });
        } catch (IllegalStateException expected) {
            // the unit of work rolled back
        }
        assertThat(read(() -> storage.partner().profile())).isEqualTo(PartnerSettings.DEFAULT);
        assertThat(read(() -> storage.partner().version())).isZero();
    }

    @Test
    void theCustomerClockSettingsAreTheDefaultsUntilSavedThenRoundTripWithTheirOwnVersion() {
        assertThat(read(() -> storage.partner().customerClock())).isEqualTo(CustomerClockSettings.DEFAULT);
        assertThat(read(() -> storage.partner().customerClockVersion())).isZero();
        CustomerClockSettings changed = new CustomerClockSettings(
                ClockTargets.DEFAULT.with(ClockTarget.RESOLUTION, Impact.MINIMAL, Duration.ofHours(80)),
                new BusinessCalendar(ZoneId.of("America/Chicago"), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
                        LocalTime.of(7, 30), LocalTime.of(19, 15),
                        new TreeSet<>(List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)))));

        assertThat(write(() -> storage.partner().saveCustomerClock(changed, 0))).isEqualTo(1);

        assertThat(read(() -> storage.partner().customerClock())).isEqualTo(changed);
        assertThat(read(() -> storage.partner().customerClockVersion())).isEqualTo(1);
        assertThat(read(() -> storage.partner().version())).as("the profile keeps its own version").isZero();
        assertThatThrownBy(() -> write(() -> storage.partner().saveCustomerClock(CustomerClockSettings.DEFAULT, 0)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(read(() -> storage.partner().customerClock())).isEqualTo(changed);
    }
}
