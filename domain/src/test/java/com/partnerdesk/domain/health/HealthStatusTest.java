package com.partnerdesk.domain.health;

import static com.partnerdesk.domain.fixtures.HealthIssueBuilder.anIssue;
import static com.partnerdesk.domain.fixtures.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.domain.fixtures.Fixtures;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("HealthStatus and HealthIssue values (SPEC §9)")
class HealthStatusTest {

    @Test
    @DisplayName("parses the camelCase of the Graph API: 'serviceRestored'")
    void camelCase() {
        assertThat(HealthStatus.parse("serviceRestored")).isEqualTo(HealthStatus.SERVICE_RESTORED);
    }

    @Test
    @DisplayName("parses the PascalCase of Graph's sample responses: 'ServiceRestored'")
    void pascalCase() {
        assertThat(HealthStatus.parse("ServiceRestored")).isEqualTo(HealthStatus.SERVICE_RESTORED);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(HealthStatus.class)
    @DisplayName("every status round-trips through its Graph name, in both spellings")
    void roundTrip(HealthStatus status) {
        String camel = status.graphName();
        String pascal = Character.toUpperCase(camel.charAt(0)) + camel.substring(1);

        assertThat(HealthStatus.parse(camel)).isEqualTo(status);
        assertThat(HealthStatus.parse(pascal)).isEqualTo(status);
    }

    @Test
    @DisplayName("rejects 'Bogus', naming the field and the value")
    void rejectsBogus() {
        assertRejected(() -> HealthStatus.parse("Bogus"), "status", "'Bogus' is not a Graph service health status");
    }

    @Test
    @DisplayName("rejects a blank status")
    void rejectsBlank() {
        assertRejected(() -> HealthStatus.parse(" "), "status", "must not be blank");
    }

    @Test
    @DisplayName("the statuses that end an issue are those of SPEC §4 rule 1 and Graph's resolved values")
    void endedStatuses() {
        assertThat(HealthStatus.ENDED).containsExactlyInAnyOrder(HealthStatus.SERVICE_RESTORED,
                HealthStatus.POST_INCIDENT_REVIEW_PUBLISHED, HealthStatus.FALSE_POSITIVE, HealthStatus.RESOLVED,
                HealthStatus.RESOLVED_EXTERNAL);
    }

    @Test
    @DisplayName("an issue cannot end before it started")
    void endBeforeStart() {
        assertRejected(() -> anIssue().startedAt(Fixtures.T0).endedAt(Fixtures.T0.minus(Duration.ofMinutes(1))).build(),
                "endDateTime", "is before startDateTime");
    }

    @Test
    @DisplayName("the classification is parsed by name and rejected by name")
    void classification() {
        assertThat(IssueClassification.parse("incident")).isEqualTo(IssueClassification.INCIDENT);
        assertRejected(() -> IssueClassification.parse("outage"), "classification", "'outage'");
    }
}
