package com.partnerdesk.bootstrap;

import java.time.Duration;
import java.util.Map;

/**
 * How {@code serve} runs beside the web server, from the environment: how often the outbox dispatcher delivers
 * ({@code PARTNERDESK_OUTBOX_INTERVAL_SECONDS}) and the vendor's answers are fetched
 * ({@code PARTNERDESK_SYNC_INTERVAL_SECONDS}), how often each customer's service health is read from the vendor
 * ({@code PARTNERDESK_HEALTH_SYNC_INTERVAL_SECONDS}), and how long a stop lets requests in flight finish
 * ({@code PARTNERDESK_STOP_GRACE_SECONDS}).
 */
record ServeSettings(Duration deliveryInterval, Duration syncInterval, Duration stopGrace,
                     Duration healthSyncInterval) {
    static final ServeSettings DEFAULT = new ServeSettings(Duration.ofSeconds(30), Duration.ofMinutes(5),
            Duration.ofSeconds(10), Duration.ofMinutes(5));

    ServeSettings {
        requirePositive("deliveryInterval", deliveryInterval);
        requirePositive("syncInterval", syncInterval);
        requirePositive("stopGrace", stopGrace);
        requirePositive("healthSyncInterval", healthSyncInterval);
    }

    static ServeSettings from(Map<String, String> environment) {
        return new ServeSettings(
                DurationSetting.seconds(environment, "PARTNERDESK_OUTBOX_INTERVAL_SECONDS", DEFAULT.deliveryInterval()),
                DurationSetting.seconds(environment, "PARTNERDESK_SYNC_INTERVAL_SECONDS", DEFAULT.syncInterval()),
                DurationSetting.seconds(environment, "PARTNERDESK_STOP_GRACE_SECONDS", DEFAULT.stopGrace()),
                DurationSetting.seconds(environment, "PARTNERDESK_HEALTH_SYNC_INTERVAL_SECONDS",
                        DEFAULT.healthSyncInterval()));
    }

    /** The first delivery round runs soon after start (what was left pending by the last run goes out first). */
    Duration firstDelivery() {
        return soon(deliveryInterval);
    }

    /** The first health sync runs soon after start too: the board is as fresh as the vendor's. */
    Duration firstHealthSync() {
        return soon(healthSyncInterval);
    }

    private static Duration soon(Duration interval) {
        return interval.compareTo(Duration.ofSeconds(5)) < 0 ? interval : Duration.ofSeconds(5);
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
        }
    }
}
