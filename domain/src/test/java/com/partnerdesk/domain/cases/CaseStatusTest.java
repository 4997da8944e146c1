package com.partnerdesk.domain.cases;

import static com.partnerdesk.domain.cases.CaseStatus.CLOSED;
import static com.partnerdesk.domain.cases.CaseStatus.ESCALATED;
import static com.partnerdesk.domain.cases.CaseStatus.IN_PROGRESS;
import static com.partnerdesk.domain.cases.CaseStatus.NEW;
import static com.partnerdesk.domain.cases.CaseStatus.RECHECK;
import static com.partnerdesk.domain.cases.CaseStatus.RESOLVED;
import static com.partnerdesk.domain.cases.CaseStatus.TRIAGED;
import static com.partnerdesk.domain.cases.CaseStatus.WAITING_ON_INCIDENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("CaseStatus: the transitions of SPEC §3")
class CaseStatusTest {

    /**
     * SPEC §3: NEW → TRIAGED → {WAITING_ON_INCIDENT | IN_PROGRESS | ESCALATED} → RESOLVED → CLOSED, plus RECHECK
     * (the linked incident ended; a RECHECK case is triaged again), re-triage of a case not yet escalated, and
     * re-open from RESOLVED (back to TRIAGED).
     */
    static final Map<CaseStatus, Set<CaseStatus>> SPEC = Map.of(
            NEW, EnumSet.of(TRIAGED),
            TRIAGED, EnumSet.of(WAITING_ON_INCIDENT, IN_PROGRESS, ESCALATED, RESOLVED),
            WAITING_ON_INCIDENT, EnumSet.of(RECHECK, TRIAGED, RESOLVED),
            IN_PROGRESS, EnumSet.of(TRIAGED, RESOLVED),
            ESCALATED, EnumSet.of(RESOLVED),
            RECHECK, EnumSet.of(TRIAGED, RESOLVED),
            RESOLVED, EnumSet.of(CLOSED, TRIAGED),
            CLOSED, EnumSet.noneOf(CaseStatus.class));

    static Stream<Arguments> everyPair() {
        return Stream.of(CaseStatus.values()).flatMap(from -> Stream.of(CaseStatus.values())
                .map(to -> Arguments.of(from, to, SPEC.get(from).contains(to) ? "allowed" : "refused")));
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @MethodSource("everyPair")
    @DisplayName("every pair of states is allowed exactly when SPEC §3 lists it")
    void transitionTable(CaseStatus from, CaseStatus to, String expected) {
        assertThat(from.canMoveTo(to)).isEqualTo(expected.equals("allowed"));
    }

    @Test
    @DisplayName("CLOSED is final")
    void closedIsFinal() {
        assertThat(CLOSED.next()).isEmpty();
    }

    @Test
    @DisplayName("no state moves to itself")
    void noSelfTransitions() {
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(status.canMoveTo(status)).as("%s → %s", status, status).isFalse();
        }
    }

    @Test
    @DisplayName("nothing ever moves back to NEW")
    void nothingReturnsToNew() {
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(status.canMoveTo(NEW)).as("%s → NEW", status).isFalse();
        }
    }

    @Test
    @DisplayName("open cases are everything but RESOLVED and CLOSED")
    void openStates() {
        assertThat(EnumSet.allOf(CaseStatus.class).stream().filter(CaseStatus::isOpen))
                .containsExactlyInAnyOrder(NEW, TRIAGED, WAITING_ON_INCIDENT, IN_PROGRESS, ESCALATED, RECHECK);
    }

    @Test
    @DisplayName("triage may run on a case not yet escalated, resolved or closed")
    void triageStates() {
        assertThat(EnumSet.allOf(CaseStatus.class).stream().filter(CaseStatus::acceptsTriage))
                .containsExactlyInAnyOrder(NEW, TRIAGED, WAITING_ON_INCIDENT, IN_PROGRESS, RECHECK);
    }
}
