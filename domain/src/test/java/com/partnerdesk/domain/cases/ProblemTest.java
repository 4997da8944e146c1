package com.partnerdesk.domain.cases;

import static com.partnerdesk.domain.fixtures.ProblemBuilder.aProblem;
import static com.partnerdesk.domain.fixtures.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Problem")
class ProblemTest {

    @Test
    @DisplayName("a title of 200 characters is accepted")
    void titleAtLimit() {
        assertThat(aProblem().title("x".repeat(Problem.MAX_TITLE)).build().title()).hasSize(200);
    }

    @Test
    @DisplayName("a title of 201 characters is rejected, saying how long it is and what is allowed")
    void titleTooLong() {
        assertRejected(() -> aProblem().title("x".repeat(201)).build(), "title",
                "is 201 characters long; at most 200 are allowed");
    }

    @Test
    @DisplayName("a blank title is rejected")
    void blankTitle() {
        assertRejected(() -> aProblem().title("   ").build(), "title", "must not be blank");
    }

    @Test
    @DisplayName("the title is stripped of surrounding spaces")
    void titleStripped() {
        assertThat(aProblem().title("  Outlook down  ").build().title()).isEqualTo("Outlook down");
    }

    @Test
    @DisplayName("a problem without a start time is rejected")
    void startRequired() {
        assertRejected(() -> aProblem().startedAt(null).build(), "startedAt", "is required");
    }

    @Test
    @DisplayName("a start beyond the year 9999 is rejected (time arithmetic on it would overflow)")
    void startTooLate() {
        assertRejected(() -> aProblem().startedAt(java.time.Instant.parse("+1000000000-12-31T23:59:59.999999999Z"))
                .build(), "startedAt", "+1000000000-12-31T23:59:59.999999999Z is not between the years 1970 and 9999");
    }

    @Test
    @DisplayName("a start before 1970 is rejected")
    void startTooEarly() {
        assertRejected(() -> aProblem().startedAt(java.time.Instant.parse("1969-12-31T23:59:59Z")).build(),
                "startedAt", "1969-12-31T23:59:59Z is not between the years 1970 and 9999");
    }

    @Test
    @DisplayName("a start on the last instant of the year 9999 is accepted")
    void startAtLatest() {
        assertThat(aProblem().startedAt(java.time.Instant.parse("9999-12-31T23:59:59.999999999Z")).build().startedAt())
                .isEqualTo(com.partnerdesk.domain.common.Require.LATEST);
    }

    @Test
    @DisplayName("reclassifying keeps everything but the classification")
    void reclassified() {
        Problem problem = aProblem().build();

        Problem reclassified = problem.reclassified(SymptomClassification.DEFECT);

        assertThat(reclassified.classification()).isEqualTo(SymptomClassification.DEFECT);
        assertThat(reclassified).usingRecursiveComparison().ignoringFields("classification").isEqualTo(problem);
    }
}
