package com.partnerdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServeSettingsTest {
    @Test
    void withoutSettingsServeDeliversEvery30SecondsSyncsEvery5MinutesAndGives10SecondsToStop() {
        ServeSettings settings = ServeSettings.from(Map.of());

        assertThat(settings).isEqualTo(ServeSettings.DEFAULT);
        assertThat(settings.deliveryInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.firstDelivery()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.syncInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.stopGrace()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.healthSyncInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.firstHealthSync()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void eachSettingComesFromItsVariable() {
        ServeSettings settings = ServeSettings.from(Map.of("PARTNERDESK_OUTBOX_INTERVAL_SECONDS", "2",
                "PARTNERDESK_SYNC_INTERVAL_SECONDS", " 60 ", "PARTNERDESK_STOP_GRACE_SECONDS", "25",
                "PARTNERDESK_HEALTH_SYNC_INTERVAL_SECONDS", "3"));

        assertThat(settings).isEqualTo(new ServeSettings(Duration.ofSeconds(2), Duration.ofSeconds(60),
                Duration.ofSeconds(25), Duration.ofSeconds(3)));
        assertThat(settings.firstHealthSync()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.firstDelivery()).as("never later than the interval").isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aValueThatIsNotAPositiveNumberOfSecondsIsRefusedNamingTheVariable() {
        for (String bad : new String[] {"0", "-5", "ten", "1.5"}) {
            assertThatThrownBy(() -> ServeSettings.from(Map.of("PARTNERDESK_STOP_GRACE_SECONDS", bad)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("PARTNERDESK_STOP_GRACE_SECONDS").hasMessageContaining(bad);
        }
    }
}
