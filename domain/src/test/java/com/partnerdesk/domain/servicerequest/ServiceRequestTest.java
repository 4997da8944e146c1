package com.partnerdesk.domain.servicerequest;

import static com.partnerdesk.domain.fixtures.Fixtures.T0;
import static com.partnerdesk.domain.fixtures.Fixtures.caseId;
import static com.partnerdesk.domain.fixtures.Fixtures.tenant;
import static com.partnerdesk.domain.servicerequest.ServiceRequestStatus.ATTENTION_NEEDED;
import static com.partnerdesk.domain.servicerequest.ServiceRequestStatus.CLOSED;
import static com.partnerdesk.domain.servicerequest.ServiceRequestStatus.NONE;
import static com.partnerdesk.domain.servicerequest.ServiceRequestStatus.OPEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.catalogue.ProductFamily;
import com.partnerdesk.domain.catalogue.SupportTopic;
import com.partnerdesk.domain.catalogue.SupportTopicId;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.customer.CountryCode;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.partner.Contact;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("ServiceRequest (SPEC §3 step 5, §5 response targets, §8 vendor fields)")
class ServiceRequestTest {
    private static final ServiceRequestId ID = ServiceRequestId.of("5e000000-0000-4000-8000-000000000001");
    private static final SupportTopic MAIL_FLOW =
            new SupportTopic(SupportTopicId.of("32444671"), "Mail flow", ProductFamily.OFFICE_365);
    private static final Contact CONTACT = new Contact("Pat Partner", Email.of("support@partner.example"), "+1 555 0100");
    private static final Instant FILED = T0.plus(Duration.ofMinutes(45));
    private static final Instant SUBMITTED = FILED.plus(Duration.ofMinutes(5));

    private static ServiceRequest filed(Severity severity) {
        return ServiceRequest.file(ID, tenant(1), List.of(caseId(1)), Optional.empty(), "Mailboxes unreachable",
                "Outlook and OWA cannot connect since 14:00 UTC", severity, MAIL_FLOW, CountryCode.of("US"), CONTACT,
                "Fabrikam Government Solutions", FILED);
    }

    private static ServiceRequest submitted(Severity severity) {
        ServiceRequest request = filed(severity);
        request.submitted("2503100040001234", SUBMITTED);
        return request;
    }

    private static ServiceRequest storedIn(ServiceRequestStatus status) {
        boolean wasSubmitted = status != NONE;
        return ServiceRequest.rehydrate(ID, tenant(1), List.of(caseId(1)), Optional.empty(), "Mailboxes unreachable",
                "Outlook and OWA cannot connect", Severity.MODERATE, MAIL_FLOW, CountryCode.of("US"), CONTACT,
                "Fabrikam Government Solutions", FILED, status,
                wasSubmitted ? Optional.of("2503100040001234") : Optional.empty(),
                wasSubmitted ? Optional.of(SUBMITTED) : Optional.empty(), Optional.empty(),
                status == CLOSED ? Optional.of(SUBMITTED.plusSeconds(3600)) : Optional.empty(), SUBMITTED, List.of(), 4);
    }

    @Nested
    @DisplayName("filing")
    class Filing {

        @Test
        @DisplayName("a filed request has status none until the vendor acknowledges it, and is unsaved at version 1")
        void filedIsNone() {
            ServiceRequest request = filed(Severity.CRITICAL);

            assertThat(request.status()).isEqualTo(NONE);
            assertThat(request.status().vendorName()).isEqualTo("none");
            assertThat(request.submittedAt()).isEmpty();
            assertThat(request.version()).isEqualTo(1);
            assertThat(request.storedVersion()).isZero();
            assertThat(request.createdAt()).isEqualTo(FILED);
            assertThat(request.lastModifiedAt()).isEqualTo(FILED);
        }

        @Test
        @DisplayName("the product name is that of the support topic's family")
        void productName() {
            assertThat(filed(Severity.MINIMAL).productName()).isEqualTo("Office 365");
        }

        @Test
        @DisplayName("a request with UNKNOWN severity is refused at filing")
        void unknownSeverityRefused() {
            assertThatThrownBy(() -> filed(Severity.UNKNOWN))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("severity"))
                    .hasMessageContaining("unknown");
        }

        @Test
        @DisplayName("a request needs at least one case")
        void needsACase() {
            assertThatThrownBy(() -> ServiceRequest.file(ID, tenant(1), List.of(), Optional.empty(), "t", "d",
                    Severity.MINIMAL, MAIL_FLOW, CountryCode.of("US"), CONTACT, "Fabrikam", FILED))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("caseIds"));
        }

        @Test
        @DisplayName("the vendor's acknowledgement opens it under the vendor's number")
        void submittedOpens() {
            ServiceRequest request = submitted(Severity.MODERATE);

            assertThat(request.status()).isEqualTo(OPEN);
            assertThat(request.vendorRequestNumber()).contains("2503100040001234");
            assertThat(request.submittedAt()).contains(SUBMITTED);
        }

        @Test
        @DisplayName("the same acknowledgement again changes nothing; another number is refused")
        void submittedTwice() {
            ServiceRequest request = submitted(Severity.MODERATE);

            request.submitted("2503100040001234", SUBMITTED.plusSeconds(60));
            assertThat(request.submittedAt()).contains(SUBMITTED);

            assertThatThrownBy(() -> request.submitted("9999", SUBMITTED.plusSeconds(60)))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("vendorRequestNumber"));
        }

        @ParameterizedTest(name = "''{0}''")
        @DisplayName("the vendor's number is refused when it cannot be one, naming the field, and nothing changes")
        @CsvSource(delimiter = '|', value = {"''", "'   '", "2611 2400 4000", "pending", "https://portal.example/sr/1",
                "SR#42", "-2611240040001234", "26112400400012342611240040001234261124004000123426112400400012345"})
        void aNumberThatCannotBeTheVendorsIsRefused(String number) {
            ServiceRequest request = filed(Severity.MODERATE);

            assertThatThrownBy(() -> request.submitted(number, SUBMITTED))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("vendorRequestNumber"));
            assertThat(request.status()).isEqualTo(NONE);
            assertThat(request.vendorRequestNumber()).isEmpty();
        }

        @ParameterizedTest(name = "''{0}''")
        @DisplayName("the vendor's numbers in the shapes vendors use are taken, without surrounding spaces")
        @CsvSource(delimiter = '|', value = {"2611240040001234", "SR1", "INC0012345", "case-2026.11_24-7", "' 2611240040001234 '"})
        void aVendorNumberIsTaken(String number) {
            ServiceRequest request = filed(Severity.MODERATE);

            request.submitted(number, SUBMITTED);

            assertThat(request.vendorRequestNumber()).contains(number.strip());
        }
    }

    @Nested
    @DisplayName("lifecycle: none → open ↔ attention_needed → closed")
    class Lifecycle {
        static final Map<ServiceRequestStatus, Set<ServiceRequestStatus>> SPEC = Map.of(
                NONE, EnumSet.of(OPEN),
                OPEN, EnumSet.of(ATTENTION_NEEDED, CLOSED),
                ATTENTION_NEEDED, EnumSet.of(OPEN, CLOSED),
                CLOSED, EnumSet.noneOf(ServiceRequestStatus.class));

        static Stream<Arguments> everyChange() {
            return Stream.of(ServiceRequestStatus.values()).flatMap(from -> Stream.of(ServiceRequestStatus.values())
                    .filter(to -> to != from)
                    .map(to -> Arguments.of(from, to, SPEC.get(from).contains(to) ? "allowed" : "refused")));
        }

        @ParameterizedTest(name = "{0} → {1}: {2}")
        @MethodSource("everyChange")
        @DisplayName("a status change is allowed exactly when the lifecycle lists it")
        void transitionTable(ServiceRequestStatus from, ServiceRequestStatus to, String expected) {
            ServiceRequest request = storedIn(from);
            assertThat(from.canMoveTo(to)).isEqualTo(expected.equals("allowed"));

            if (expected.equals("allowed")) {
                request.statusFromPartner(to, SUBMITTED.plusSeconds(600));
                assertThat(request.status()).isEqualTo(to);
                assertThat(request.version()).isEqualTo(5);
            } else {
                assertThatThrownBy(() -> request.statusFromVendor(to, SUBMITTED.plusSeconds(600)))
                        .isInstanceOf(IllegalServiceRequestTransitionException.class)
                        .hasMessage("A service request that is " + from.vendorName() + " cannot become " + to.vendorName());
                assertThat(request.status()).isEqualTo(from);
                assertThat(request.version()).isEqualTo(4);
            }
        }

        @Test
        @DisplayName("open → attention_needed → open → closed, with the closing time recorded")
        void fullLife() {
            ServiceRequest request = submitted(Severity.MODERATE);
            Instant closedAt = SUBMITTED.plus(Duration.ofHours(30));

            assertThat(request.statusFromVendor(ATTENTION_NEEDED, SUBMITTED.plus(Duration.ofHours(1)))).isTrue();
            assertThat(request.statusFromVendor(OPEN, SUBMITTED.plus(Duration.ofHours(2)))).isTrue();
            assertThat(request.statusFromVendor(CLOSED, closedAt)).isTrue();

            assertThat(request.status()).isEqualTo(CLOSED);
            assertThat(request.lastClosedAt()).contains(closedAt);
            assertThat(request.lastModifiedAt()).isEqualTo(closedAt);
        }

        @Test
        @DisplayName("the same status from the vendor again changes nothing")
        void sameStatusIsNoChange() {
            ServiceRequest request = storedIn(OPEN);

            assertThat(request.statusFromVendor(OPEN, SUBMITTED.plusSeconds(60))).isFalse();
            assertThat(request.version()).isEqualTo(4);
        }

        @Test
        @DisplayName("a closed request takes no more notes")
        void closedTakesNoNotes() {
            ServiceRequest request = storedIn(CLOSED);

            assertThatThrownBy(() -> request.addNote(new ServiceRequestNote("pat@partner.example", "More info", SUBMITTED, false)))
                    .isInstanceOf(IllegalServiceRequestTransitionException.class);
            assertThat(request.notes()).isEmpty();
        }

        @Test
        @DisplayName("notes are appended in order")
        void notesAppended() {
            ServiceRequest request = storedIn(OPEN);

            request.addNote(new ServiceRequestNote("pat@partner.example", "Customer added logs", SUBMITTED.plusSeconds(60), false));
            request.addNote(new ServiceRequestNote("Vendor engineer", "Investigating", SUBMITTED.plusSeconds(120), true));

            assertThat(request.notes()).extracting(ServiceRequestNote::text)
                    .containsExactly("Customer added logs", "Investigating");
        }

        @ParameterizedTest(name = "''{0}''")
        @CsvSource({"attention_needed, ATTENTION_NEEDED", "ATTENTION_NEEDED, ATTENTION_NEEDED", "attention-needed, ATTENTION_NEEDED",
                "open, OPEN", "closed, CLOSED", "none, NONE"})
        @DisplayName("the vendor's status names are parsed")
        void parse(String text, ServiceRequestStatus expected) {
            assertThat(ServiceRequestStatus.parse(text)).isEqualTo(expected);
        }

        @Test
        @DisplayName("an unknown status is refused by name")
        void parseUnknown() {
            assertThatThrownBy(() -> ServiceRequestStatus.parse("pending"))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("status"))
                    .hasMessageContaining("'pending'");
        }
    }

    @Nested
    @DisplayName("the vendor clock")
    class VendorClock {

        @ParameterizedTest(name = "{0}: {1} h")
        @CsvSource({"CRITICAL, 2", "MODERATE, 4", "MINIMAL, 8"})
        @DisplayName("the response target follows the severity")
        void responseTarget(Severity severity, int hours) {
            ServiceRequest request = submitted(severity);

            assertThat(request.responseTarget()).isEqualTo(Duration.ofHours(hours));
            assertThat(request.responseDueAt()).contains(SUBMITTED.plus(Duration.ofHours(hours)));
        }

        @Test
        @DisplayName("UNKNOWN severity has no response target")
        void unknownHasNoTarget() {
            assertThatThrownBy(Severity.UNKNOWN::responseTarget).isInstanceOf(InvalidValueException.class);
        }

        @Test
        @DisplayName("the target is not breached at the due instant exactly")
        void notBreachedAtDue() {
            ServiceRequest request = submitted(Severity.CRITICAL);

            assertThat(request.isResponseTargetBreached(SUBMITTED.plus(Duration.ofHours(2)))).isFalse();
            assertThat(request.responseTimeLeft(SUBMITTED.plus(Duration.ofHours(2)))).contains(Duration.ZERO);
        }

        @Test
        @DisplayName("the target is breached one second after the due instant")
        void breachedJustAfterDue() {
            ServiceRequest request = submitted(Severity.CRITICAL);

            assertThat(request.isResponseTargetBreached(SUBMITTED.plus(Duration.ofHours(2)).plusSeconds(1))).isTrue();
            assertThat(request.responseTimeLeft(SUBMITTED.plus(Duration.ofHours(2)).plusSeconds(1)))
                    .contains(Duration.ofSeconds(-1));
        }

        @Test
        @DisplayName("a request answered in time is never breached, however late it is looked at")
        void answeredInTime() {
            ServiceRequest request = submitted(Severity.CRITICAL);
            request.addNote(new ServiceRequestNote("Vendor engineer", "Looking into it",
                    SUBMITTED.plus(Duration.ofMinutes(90)), true));

            assertThat(request.firstResponseAt()).contains(SUBMITTED.plus(Duration.ofMinutes(90)));
            assertThat(request.isResponseTargetBreached(SUBMITTED.plus(Duration.ofDays(3)))).isFalse();
            assertThat(request.responseTimeLeft(SUBMITTED.plus(Duration.ofDays(3)))).isEmpty();
        }

        @Test
        @DisplayName("a status change from the vendor is a response")
        void vendorStatusIsAResponse() {
            ServiceRequest request = submitted(Severity.MODERATE);
            request.statusFromVendor(ATTENTION_NEEDED, SUBMITTED.plus(Duration.ofHours(3)));

            assertThat(request.isResponseTargetBreached(SUBMITTED.plus(Duration.ofDays(1)))).isFalse();
        }

        @Test
        @DisplayName("a partner's own note is not a response")
        void partnerNoteIsNotAResponse() {
            ServiceRequest request = submitted(Severity.CRITICAL);
            request.addNote(new ServiceRequestNote("pat@partner.example", "Any news?", SUBMITTED.plusSeconds(600), false));

            assertThat(request.firstResponseAt()).isEmpty();
            assertThat(request.isResponseTargetBreached(SUBMITTED.plus(Duration.ofHours(3)))).isTrue();
        }

        @Test
        @DisplayName("a request answered late stays breached")
        void answeredLate() {
            ServiceRequest request = submitted(Severity.CRITICAL);
            request.addNote(new ServiceRequestNote("Vendor engineer", "Sorry for the delay",
                    SUBMITTED.plus(Duration.ofHours(2)).plusSeconds(1), true));

            assertThat(request.isResponseTargetBreached(SUBMITTED.plus(Duration.ofDays(3)))).isTrue();
        }

        @Test
        @DisplayName("the clock does not run before the vendor acknowledges the request")
        void noClockBeforeSubmission() {
            ServiceRequest request = filed(Severity.CRITICAL);

            assertThat(request.responseDueAt()).isEmpty();
            assertThat(request.isResponseTargetBreached(FILED.plus(Duration.ofDays(2)))).isFalse();
        }
    }

    @Nested
    @DisplayName("severity")
    class SeverityValues {

        @ParameterizedTest(name = "{0} ⇒ {1}")
        @CsvSource({"CRITICAL, CRITICAL", "MODERATE, MODERATE", "MINIMAL, MINIMAL"})
        @DisplayName("the form suggests the severity of the customer's business impact")
        void forImpact(com.partnerdesk.domain.cases.Impact impact, Severity severity) {
            assertThat(Severity.forImpact(impact)).isEqualTo(severity);
        }

        @Test
        @DisplayName("severity is parsed from the vendor's lower-case names and refused by name otherwise")
        void parse() {
            assertThat(Severity.parse("critical")).isEqualTo(Severity.CRITICAL);
            assertThatThrownBy(() -> Severity.parse("urgent"))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("severity"))
                    .hasMessageContaining("'urgent'");
        }
    }
}
