package com.partnerdesk.domain.triage;

import static com.partnerdesk.domain.fixtures.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("ClusterRule")
class ClusterRuleTest {

    @Test
    @DisplayName("the default is 3 customers within 60 minutes (SPEC §4 rule 3)")
    void defaults() {
        assertThat(ClusterRule.DEFAULT).isEqualTo(new ClusterRule(3, Duration.ofMinutes(60)));
        assertThat(new TriagePolicy().clusterRule()).isEqualTo(ClusterRule.DEFAULT);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {1, 0, -3})
    @DisplayName("a threshold under 2 is rejected, naming the field and the value")
    void thresholdUnderTwo(int threshold) {
        assertRejected(() -> new ClusterRule(threshold, Duration.ofMinutes(60)), "clusterCustomerThreshold",
                "must be at least 2 (a cluster is several customers), was " + threshold);
    }

    @Test
    @DisplayName("a threshold of 2 is accepted")
    void thresholdTwo() {
        assertThat(new ClusterRule(2, Duration.ofMinutes(60)).customerThreshold()).isEqualTo(2);
    }

    @Test
    @DisplayName("a zero or negative window is rejected, naming the value")
    void badWindow() {
        assertRejected(() -> new ClusterRule(3, Duration.ZERO), "clusterWindow", "PT0S");
        assertRejected(() -> new ClusterRule(3, Duration.ofMinutes(-5)), "clusterWindow", "PT-5M");
    }
}
