package com.partnerdesk.domain.cases;

import static com.partnerdesk.domain.fixtures.CaseFixtures.AGENT;
import static com.partnerdesk.domain.fixtures.CaseFixtures.REQUEST;
import static com.partnerdesk.domain.fixtures.CaseFixtures.checkedCase;
import static com.partnerdesk.domain.fixtures.CaseFixtures.escalate;
import static com.partnerdesk.domain.fixtures.CaseFixtures.knownIncident;
import static com.partnerdesk.domain.fixtures.CaseFixtures.partnerResolvable;
import static com.partnerdesk.domain.fixtures.Fixtures.minutesAfterT0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What a case waits on pauses its customer's clock")
class CaseClockTest {
    private static final Instant T10 = minutesAfterT0(10);
    private static final Instant T20 = minutesAfterT0(20);
    private static final Instant T30 = minutesAfterT0(30);

    private static CaseNote note(NoteKind kind, Instant at) {
        return new CaseNote(kind, AGENT, "We looked at it", at);
    }

    @Test
    @DisplayName("waiting on a documented incident pauses it until the case is checked again")
    void waitingOnIncident() {
        Case c = checkedCase();
        c.applyTriage(knownIncident(), AGENT, T10);
        assertThat(c.clockPauses()).containsExactly(
                new ClockPause(PauseReason.WAITING_ON_INCIDENT, T10, Optional.empty()));

        c.recheck(AGENT, T30, "the incident ended");

        assertThat(c.clockPauses()).containsExactly(
                new ClockPause(PauseReason.WAITING_ON_INCIDENT, T10, Optional.of(T30)));
    }

    @Test
    @DisplayName("escalated, it waits on the vendor; the vendor asking for attention gives the time back to the partner")
    void waitingOnVendor() {
        Case c = checkedCase();
        c.applyTriage(escalate(EscalationCategory.SERVICE_UNAVAILABLE), AGENT, T10);
        c.escalate(REQUEST, AGENT, T20);
        c.flagAttention(true, T30);

        assertThat(c.clockPauses()).containsExactly(
                new ClockPause(PauseReason.WAITING_ON_VENDOR, T20, Optional.of(T30)));
    }

    @Test
    @DisplayName("waiting on the customer ends when the agent records the customer's answer")
    void waitingOnCustomer() {
        Case c = checkedCase();
        c.applyTriage(partnerResolvable(), AGENT, T10);
        c.addNote(note(NoteKind.CUSTOMER_UPDATE, T20));
        c.waitOnCustomer(T20);
        assertThat(c.waitingOnCustomer()).isTrue();
        long version = c.version();

        c.addNote(note(NoteKind.CUSTOMER_ANSWER, T30));

        assertThat(c.waitingOnCustomer()).isFalse();
        assertThat(c.clockPauses()).containsExactly(
                new ClockPause(PauseReason.WAITING_ON_CUSTOMER, T20, Optional.of(T30)));
        assertThat(c.version()).isEqualTo(version);
        assertThat(c.firstRespondedAt()).as("the first customer update is the first response").contains(T20);
    }

    @Test
    @DisplayName("resolving stops the clock and ends a wait on the customer; re-opening resumes it")
    void resolveAndReopen() {
        Case c = checkedCase();
        c.applyTriage(partnerResolvable(), AGENT, T10);
        c.waitOnCustomer(T10);
        c.resolve("Fixed the connector", AGENT, T20);
        c.reopen("It is back", AGENT, T30);

        assertThat(c.waitingOnCustomer()).isFalse();
        assertThat(c.clockPauses()).containsExactly(
                new ClockPause(PauseReason.WAITING_ON_CUSTOMER, T10, Optional.of(T20)),
                new ClockPause(PauseReason.RESOLVED, T20, Optional.of(T30)));
    }

    @Test
    @DisplayName("a stored case waiting on its customer is loaded waiting")
    void restored() {
        Case c = checkedCase().restoreClockPauses(List.of(
                new ClockPause(PauseReason.WAITING_ON_CUSTOMER, T20, Optional.empty())));

        assertThat(c.waitingOnCustomer()).isTrue();
        assertThat(c.customerClock(CustomerClockSettings.DEFAULT, T30).pauseReason())
                .contains(PauseReason.WAITING_ON_CUSTOMER);
    }
}
