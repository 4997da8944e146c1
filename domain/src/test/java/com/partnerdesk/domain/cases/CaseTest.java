package com.partnerdesk.domain.cases;

import static com.partnerdesk.domain.fixtures.CaseFixtures.AGENT;
import static com.partnerdesk.domain.fixtures.CaseFixtures.REQUEST;
import static com.partnerdesk.domain.fixtures.CaseFixtures.STORED_VERSION;
import static com.partnerdesk.domain.fixtures.CaseFixtures.checkedCase;
import static com.partnerdesk.domain.fixtures.CaseFixtures.escalate;
import static com.partnerdesk.domain.fixtures.CaseFixtures.knownIncident;
import static com.partnerdesk.domain.fixtures.CaseFixtures.openedCase;
import static com.partnerdesk.domain.fixtures.CaseFixtures.partnerResolvable;
import static com.partnerdesk.domain.fixtures.CaseFixtures.storedCaseIn;
import static com.partnerdesk.domain.fixtures.Fixtures.minutesAfterT0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.partnerdesk.domain.fixtures.CaseFixtures;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Case (SPEC §3)")
class CaseTest {
    private static final Instant LATER = minutesAfterT0(30);

    @Nested
    @DisplayName("opening")
    class Opening {

        @Test
        @DisplayName("a new case is NEW, in its customer's context, with no triage yet")
        void newCase() {
            Case opened = openedCase();

            assertThat(opened.status()).isEqualTo(CaseStatus.NEW);
            assertThat(opened.customer()).isEqualTo(com.partnerdesk.domain.fixtures.Fixtures.tenant(1));
            assertThat(opened.triage()).isEmpty();
            assertThat(opened.healthCheck()).isEmpty();
            assertThat(opened.history()).isEmpty();
            assertThat(opened.notes()).isEmpty();
        }

        @Test
        @DisplayName("open() gives version 1 with storedVersion 0: a change waiting to be saved")
        void newCaseVersion() {
            Case opened = openedCase();

            assertThat(opened.version()).isEqualTo(1);
            assertThat(opened.storedVersion()).isZero();
            assertThat(opened.hasUnsavedChanges()).isTrue();
        }
    }

    @Nested
    @DisplayName("triage")
    class Triage {

        @Test
        @DisplayName("KNOWN_INCIDENT moves NEW through TRIAGED to WAITING_ON_INCIDENT")
        void knownIncidentWaits() {
            Case subject = checkedCase();

            subject.applyTriage(knownIncident(), AGENT, LATER);

            assertThat(subject.status()).isEqualTo(CaseStatus.WAITING_ON_INCIDENT);
            assertThat(subject.history()).extracting(StatusChange::from, StatusChange::to).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(CaseStatus.NEW, CaseStatus.TRIAGED),
                    org.assertj.core.groups.Tuple.tuple(CaseStatus.TRIAGED, CaseStatus.WAITING_ON_INCIDENT));
            assertThat(subject.triage()).contains(knownIncident());
        }

        @Test
        @DisplayName("PARTNER_RESOLVABLE moves NEW through TRIAGED to IN_PROGRESS")
        void partnerResolvableInProgress() {
            Case subject = checkedCase();

            subject.applyTriage(partnerResolvable(), AGENT, LATER);

            assertThat(subject.status()).isEqualTo(CaseStatus.IN_PROGRESS);
            assertThat(subject.history()).extracting(StatusChange::to)
                    .containsExactly(CaseStatus.TRIAGED, CaseStatus.IN_PROGRESS);
        }

        @Test
        @DisplayName("ESCALATE leaves the case TRIAGED, ready for the escalation form")
        void escalateStaysTriaged() {
            Case subject = checkedCase();

            subject.applyTriage(escalate(EscalationCategory.SERVICE_DEFECT), AGENT, LATER);

            assertThat(subject.status()).isEqualTo(CaseStatus.TRIAGED);
            assertThat(subject.history()).extracting(StatusChange::to).containsExactly(CaseStatus.TRIAGED);
            assertThat(subject.triage().flatMap(TriageOutcome::category)).contains(EscalationCategory.SERVICE_DEFECT);
        }

        @Test
        @DisplayName("a case cannot be triaged before its service health is checked")
        void healthCheckFirst() {
            Case subject = openedCase();

            assertThatThrownBy(() -> subject.applyTriage(partnerResolvable(), AGENT, LATER))
                    .isInstanceOf(CaseRuleException.class)
                    .hasMessageContaining("before its service health is checked");
            assertThat(subject.status()).isEqualTo(CaseStatus.NEW);
        }

        @Test
        @DisplayName("a case in progress can be re-triaged: IN_PROGRESS → TRIAGED when triage now says ESCALATE")
        void reTriageFromInProgress() {
            Case subject = storedCaseIn(CaseStatus.IN_PROGRESS);

            subject.applyTriage(escalate(EscalationCategory.SERVICE_UNAVAILABLE), AGENT, LATER);

            assertThat(subject.status()).isEqualTo(CaseStatus.TRIAGED);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = CaseStatus.class, names = {"ESCALATED", "RESOLVED", "CLOSED"})
        @DisplayName("triage is refused once a case is escalated, resolved or closed")
        void triageRefused(CaseStatus status) {
            Case subject = storedCaseIn(status);

            IllegalTransitionException refused = catchThrowableOfType(IllegalTransitionException.class,
                    () -> subject.applyTriage(partnerResolvable(), AGENT, LATER));

            assertThat(refused.from()).isEqualTo(status);
            assertThat(refused.to()).isEqualTo(CaseStatus.TRIAGED);
            assertThat(subject.status()).isEqualTo(status);
        }
    }

    @Nested
    @DisplayName("recheck")
    class Recheck {

        @Test
        @DisplayName("a case waiting on an incident that ended goes to RECHECK")
        void recheckFromWaiting() {
            Case subject = storedCaseIn(CaseStatus.WAITING_ON_INCIDENT);

            subject.recheck("system", LATER, "EX100001 is serviceRestored");

            assertThat(subject.status()).isEqualTo(CaseStatus.RECHECK);
            assertThat(subject.history()).last()
                    .isEqualTo(new StatusChange(CaseStatus.WAITING_ON_INCIDENT, CaseStatus.RECHECK, "system", LATER,
                            "EX100001 is serviceRestored"));
        }

        @Test
        @DisplayName("a RECHECK case is triaged again")
        void recheckIsTriagedAgain() {
            Case subject = storedCaseIn(CaseStatus.RECHECK);

            subject.applyTriage(escalate(EscalationCategory.SERVICE_UNAVAILABLE), AGENT, LATER);

            assertThat(subject.status()).isEqualTo(CaseStatus.TRIAGED);
        }

        @Test
        @DisplayName("a case in progress cannot be put to RECHECK")
        void recheckOnlyFromWaiting() {
            Case subject = storedCaseIn(CaseStatus.IN_PROGRESS);

            assertThatThrownBy(() -> subject.recheck("system", LATER, "ended"))
                    .isInstanceOf(IllegalTransitionException.class);
        }
    }

    @Nested
    @DisplayName("escalation")
    class Escalation {

        @Test
        @DisplayName("a case triaged ESCALATE is escalated under its service request")
        void escalates() {
            Case subject = storedCaseIn(CaseStatus.TRIAGED);

            subject.escalate(REQUEST, AGENT, LATER);

            assertThat(subject.status()).isEqualTo(CaseStatus.ESCALATED);
            assertThat(subject.serviceRequestId()).contains(REQUEST);
        }

        @Test
        @DisplayName("escalation requires the ESCALATE triage outcome")
        void requiresEscalateTriage() {
            Case subject = checkedCase();
            subject.applyTriage(partnerResolvable(), AGENT, LATER);

            assertThatThrownBy(() -> subject.escalate(REQUEST, AGENT, LATER))
                    .isInstanceOf(CaseRuleException.class)
                    .hasMessageContaining("was not triaged ESCALATE");
            assertThat(subject.status()).isEqualTo(CaseStatus.IN_PROGRESS);
            assertThat(subject.serviceRequestId()).isEmpty();
        }

        @Test
        @DisplayName("an untriaged case cannot be escalated")
        void untriagedCannotEscalate() {
            Case subject = checkedCase();

            assertThatThrownBy(() -> subject.escalate(REQUEST, AGENT, LATER)).isInstanceOf(CaseRuleException.class);
        }
    }

    @Nested
    @DisplayName("resolve, close and re-open")
    class ResolveCloseReopen {

        @Test
        @DisplayName("resolving records the resolution and clears the attention flag")
        void resolve() {
            Case subject = storedCaseIn(CaseStatus.ESCALATED);
            subject.flagAttention(true, LATER);

            subject.resolve("Vendor restored the mailbox database", AGENT, LATER);

            assertThat(subject.status()).isEqualTo(CaseStatus.RESOLVED);
            assertThat(subject.resolution()).contains("Vendor restored the mailbox database");
            assertThat(subject.attentionNeeded()).isFalse();
        }

        @Test
        @DisplayName("a resolved case is closed")
        void close() {
            Case subject = storedCaseIn(CaseStatus.RESOLVED);

            subject.close(AGENT, LATER);

            assertThat(subject.status()).isEqualTo(CaseStatus.CLOSED);
        }

        @Test
        @DisplayName("a case that is not resolved cannot be closed")
        void closeOnlyResolved() {
            Case subject = storedCaseIn(CaseStatus.IN_PROGRESS);

            assertThatThrownBy(() -> subject.close(AGENT, LATER)).isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("Cannot close");
        }

        @Test
        @DisplayName("a resolved case is re-opened back to TRIAGED, without its resolution")
        void reopen() {
            Case subject = storedCaseIn(CaseStatus.RESOLVED);

            subject.reopen("Customer reports the problem again", AGENT, LATER);

            assertThat(subject.status()).isEqualTo(CaseStatus.TRIAGED);
            assertThat(subject.resolution()).isEmpty();
            assertThat(subject.history()).last().extracting(StatusChange::why)
                    .isEqualTo("re-opened: Customer reports the problem again");
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = CaseStatus.class, names = "RESOLVED", mode = EnumSource.Mode.EXCLUDE)
        @DisplayName("only a RESOLVED case can be re-opened")
        void reopenOnlyResolved(CaseStatus status) {
            Case subject = storedCaseIn(status);

            IllegalTransitionException refused = catchThrowableOfType(IllegalTransitionException.class,
                    () -> subject.reopen("Customer reports the problem again", AGENT, LATER));

            assertThat(refused).as("re-open from %s", status).isNotNull();
            assertThat(refused.from()).isEqualTo(status);
            assertThat(subject.status()).isEqualTo(status);
        }

        @Test
        @DisplayName("resolving needs a resolution text")
        void resolutionRequired() {
            Case subject = storedCaseIn(CaseStatus.IN_PROGRESS);

            assertThatThrownBy(() -> subject.resolve("  ", AGENT, LATER))
                    .isInstanceOfSatisfying(com.partnerdesk.domain.common.InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("resolution"));
            assertThat(subject.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        }
    }

    @Nested
    @DisplayName("every command against every state: allowed exactly when the transition is listed")
    class Exhaustive {

        record Command(String name, CaseStatus target, Consumer<Case> run) {
            @Override
            public String toString() {
                return name;
            }
        }

        static final List<Command> COMMANDS = List.of(
                new Command("recheck", CaseStatus.RECHECK, c -> c.recheck(AGENT, LATER, "incident ended")),
                new Command("escalate", CaseStatus.ESCALATED, c -> c.escalate(REQUEST, AGENT, LATER)),
                new Command("resolve", CaseStatus.RESOLVED, c -> c.resolve("fixed", AGENT, LATER)),
                new Command("close", CaseStatus.CLOSED, c -> c.close(AGENT, LATER)));

        static Stream<Arguments> everyStateAndCommand() {
            return Stream.of(CaseStatus.values()).filter(s -> s != CaseStatus.NEW)
                    .flatMap(from -> COMMANDS.stream().map(command -> Arguments.of(from, command,
                            from.canMoveTo(command.target()) ? "allowed" : "refused")));
        }

        @ParameterizedTest(name = "{1} a {0} case: {2}")
        @MethodSource("everyStateAndCommand")
        @DisplayName("a command moves the case when CaseStatus allows it and throws IllegalTransitionException otherwise")
        void commandFollowsTable(CaseStatus from, Command command, String expected) {
            Case subject = storedCaseIn(from);

            if (expected.equals("allowed")) {
                command.run().accept(subject);
                assertThat(subject.status()).isEqualTo(command.target());
                assertThat(subject.history()).last()
                        .extracting(StatusChange::from, StatusChange::to)
                        .containsExactly(from, command.target());
            } else {
                IllegalTransitionException refused = catchThrowableOfType(IllegalTransitionException.class,
                        () -> command.run().accept(subject));
                assertThat(refused).as("%s from %s", command, from).isNotNull();
                assertThat(refused.from()).isEqualTo(from);
                assertThat(refused.to()).isEqualTo(command.target());
                assertThat(refused).hasMessageContaining(from.name()).hasMessageContaining(command.target().name());
                assertThat(subject.status()).isEqualTo(from);
                assertThat(subject.history()).isEmpty();
                assertThat(subject.hasUnsavedChanges()).isFalse();
            }
        }

        @Test
        @DisplayName("a NEW case can do nothing but be triaged")
        void newCaseOnlyTriaged() {
            Case subject = checkedCase();
            for (Command command : COMMANDS) {
                assertThatThrownBy(() -> command.run().accept(subject))
                        .as(command.name())
                        .isInstanceOfAny(IllegalTransitionException.class, CaseRuleException.class);
            }
            assertThat(subject.status()).isEqualTo(CaseStatus.NEW);
        }
    }

    @Nested
    @DisplayName("notes")
    class Notes {

        private CaseNote note(String text) {
            return new CaseNote(NoteKind.NOTE, AGENT, text, LATER);
        }

        @Test
        @DisplayName("notes are appended in order")
        void appended() {
            Case subject = storedCaseIn(CaseStatus.IN_PROGRESS);

            subject.addNote(note("Called the customer"));
            subject.addNote(new CaseNote(NoteKind.TROUBLESHOOTING, AGENT, "Recreated the Outlook profile", LATER));

            assertThat(subject.notes()).extracting(CaseNote::text)
                    .containsExactly("Called the customer", "Recreated the Outlook profile");
            assertThat(subject.hasTroubleshootingNote()).isTrue();
        }

        @Test
        @DisplayName("the notes a case shows cannot be changed or removed")
        void appendOnly() {
            Case subject = storedCaseIn(CaseStatus.IN_PROGRESS);
            subject.addNote(note("Called the customer"));

            assertThatThrownBy(() -> subject.notes().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> subject.notes().add(note("forged"))).isInstanceOf(UnsupportedOperationException.class);
            assertThat(subject.notes()).hasSize(1);
        }

        @Test
        @DisplayName("a plain note is not a troubleshooting step")
        void plainNoteIsNotTroubleshooting() {
            Case subject = storedCaseIn(CaseStatus.IN_PROGRESS);

            subject.addNote(note("Called the customer"));

            assertThat(subject.hasTroubleshootingNote()).isFalse();
        }

        @Test
        @DisplayName("a CLOSED case takes no more notes")
        void closedRefusesNotes() {
            Case subject = storedCaseIn(CaseStatus.CLOSED);

            assertThatThrownBy(() -> subject.addNote(note("one more thing")))
                    .isInstanceOf(CaseRuleException.class)
                    .hasMessageContaining("closed");
            assertThat(subject.notes()).isEmpty();
        }

        @Test
        @DisplayName("a RESOLVED case still takes notes")
        void resolvedTakesNotes() {
            Case subject = storedCaseIn(CaseStatus.RESOLVED);

            subject.addNote(note("Customer confirmed the fix"));

            assertThat(subject.notes()).hasSize(1);
        }
    }

    @Nested
    @DisplayName("version")
    class Version {

        @Test
        @DisplayName("a case rehydrated at version N keeps N until it changes")
        void rehydratedUnchanged() {
            Case subject = storedCaseIn(CaseStatus.IN_PROGRESS);

            assertThat(subject.storedVersion()).isEqualTo(STORED_VERSION);
            assertThat(subject.version()).isEqualTo(STORED_VERSION);
            assertThat(subject.hasUnsavedChanges()).isFalse();
        }

        @Test
        @DisplayName("a case rehydrated at version N and then changed has version N+1")
        void rehydratedThenChanged() {
            Case subject = storedCaseIn(CaseStatus.IN_PROGRESS);

            subject.resolve("fixed", AGENT, LATER);

            assertThat(subject.storedVersion()).isEqualTo(STORED_VERSION);
            assertThat(subject.version()).isEqualTo(STORED_VERSION + 1);
            assertThat(subject.hasUnsavedChanges()).isTrue();
        }

        @Test
        @DisplayName("several changes before a save still give version N+1: one save, one version")
        void severalChangesOneVersion() {
            Case subject = storedCaseIn(CaseStatus.IN_PROGRESS);

            subject.resolve("fixed", AGENT, LATER);
            subject.close(AGENT, LATER);

            assertThat(subject.version()).isEqualTo(STORED_VERSION + 1);
        }

        @Test
        @DisplayName("a refused change leaves the version alone")
        void refusedChangeKeepsVersion() {
            Case subject = storedCaseIn(CaseStatus.IN_PROGRESS);

            assertThatThrownBy(() -> subject.close(AGENT, LATER)).isInstanceOf(IllegalTransitionException.class);

            assertThat(subject.version()).isEqualTo(STORED_VERSION);
        }

        @Test
        @DisplayName("a negative stored version is refused")
        void negativeVersion() {
            assertThatThrownBy(() -> Case.rehydrate(com.partnerdesk.domain.fixtures.Fixtures.caseId(1),
                    com.partnerdesk.domain.fixtures.Fixtures.tenant(1),
                    com.partnerdesk.domain.fixtures.ProblemBuilder.aProblem().build(), LATER, AGENT, CaseStatus.NEW,
                    java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), false,
                    java.util.Optional.empty(), LATER, List.of(), List.of(), -1))
                    .isInstanceOfSatisfying(com.partnerdesk.domain.common.InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("version"));
        }
    }

    @Nested
    @DisplayName("history")
    class History {

        @Test
        @DisplayName("every status change is recorded with who, when and why, in order")
        void recordsChanges() {
            Case subject = checkedCase();
            Instant triagedAt = minutesAfterT0(10);
            Instant escalatedAt = minutesAfterT0(20);
            Instant resolvedAt = minutesAfterT0(90);
            Instant closedAt = minutesAfterT0(120);

            subject.applyTriage(escalate(EscalationCategory.SERVICE_UNAVAILABLE), "system", triagedAt);
            subject.escalate(REQUEST, AGENT, escalatedAt);
            subject.resolve("Vendor fixed it", AGENT, resolvedAt);
            subject.close("admin@partner.example", closedAt);

            assertThat(subject.history()).containsExactly(
                    new StatusChange(CaseStatus.NEW, CaseStatus.TRIAGED, "system", triagedAt,
                            "ESCALATE (SERVICE_UNAVAILABLE)"),
                    new StatusChange(CaseStatus.TRIAGED, CaseStatus.ESCALATED, AGENT, escalatedAt,
                            "service request " + REQUEST),
                    new StatusChange(CaseStatus.ESCALATED, CaseStatus.RESOLVED, AGENT, resolvedAt, "Vendor fixed it"),
                    new StatusChange(CaseStatus.RESOLVED, CaseStatus.CLOSED, "admin@partner.example", closedAt, "closed"));
            assertThat(subject.updatedAt()).isEqualTo(closedAt);
        }
    }

    @Nested
    @DisplayName("health check, classification and attention")
    class Other {

        @Test
        @DisplayName("the health check is recorded on the case")
        void recordsHealthCheck() {
            Case subject = openedCase();

            subject.recordHealthCheck(CaseFixtures.clearHealthCheck());

            assertThat(subject.healthCheck()).contains(CaseFixtures.clearHealthCheck());
        }

        @Test
        @DisplayName("a resolved case takes no new health check")
        void noHealthCheckWhenResolved() {
            Case subject = storedCaseIn(CaseStatus.RESOLVED);

            assertThatThrownBy(() -> subject.recordHealthCheck(CaseFixtures.clearHealthCheck()))
                    .isInstanceOf(CaseRuleException.class);
        }

        @Test
        @DisplayName("the agent can correct the classification of an open case")
        void reclassify() {
            Case subject = storedCaseIn(CaseStatus.TRIAGED);

            subject.reclassify(SymptomClassification.DEFECT, LATER);

            assertThat(subject.problem().classification()).isEqualTo(SymptomClassification.DEFECT);
            assertThat(subject.version()).isEqualTo(STORED_VERSION + 1);
        }

        @Test
        @DisplayName("attention needed is flagged and cleared; the same flag again is not a change")
        void attention() {
            Case subject = storedCaseIn(CaseStatus.ESCALATED);

            subject.flagAttention(false, LATER);
            assertThat(subject.hasUnsavedChanges()).isFalse();

            subject.flagAttention(true, LATER);
            assertThat(subject.attentionNeeded()).isTrue();
            assertThat(subject.hasUnsavedChanges()).isTrue();
        }
    }
}
