package com.partnerdesk.adapters.vendor.partnercenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerdesk.adapters.vendor.PortalVendorGateway;
import com.partnerdesk.adapters.vendor.VendorCalls;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.out.VendorGateway;
import com.partnerdesk.application.port.out.VendorGateway.Delivered;
import com.partnerdesk.application.port.out.VendorGateway.Retry;
import com.partnerdesk.application.port.out.VendorGateway.VendorListing;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import com.partnerdesk.domain.servicerequest.Severity;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Partner Center read-back against a fake Partner Center answering in the documented shapes, with faults. */
@Timeout(20)
class PartnerCenterGatewayTest {
    private static final Duration TIMEOUT = Duration.ofMillis(1000);
    private static final ObjectMapper JSON = new ObjectMapper();

    private FakePartnerCenter vendor;
    private PartnerCenterGateway gateway;
    private final ServiceRequest request = Samples.request(Samples.CONTOSO_ID, List.of(CaseId.random()), Optional.empty(),
            Samples.T0);

    @BeforeEach
    void startVendor() {
        vendor = FakePartnerCenter.start();
        gateway = gateway(vendor.baseUrl(), Map.of("PC_TOKEN", FakePartnerCenter.TOKEN));
    }

    @AfterEach
    void stopVendor() {
        vendor.close();
    }

    private static PartnerCenterGateway gateway(String base, Map<String, String> env) {
        return new PartnerCenterGateway(new PartnerCenterGateway.Settings(URI.create(base + "/"), "PC_TOKEN",
                Duration.ofMillis(1000), TIMEOUT), new PortalVendorGateway(PortalVendorGateway.DEFAULT_DASHBOARD),
                env::get, Clock.systemUTC());
    }

    @Test
    void nothingCallsACreateEndpointTheAgentFilesInThePartnerDashboard() {
        assertThat(gateway.submit(request, "c-1")).isInstanceOf(VendorGateway.AwaitingAgent.class);
        assertThat(gateway.manualFiling(request, Cloud.GCC_HIGH)).hasValueSatisfying(filing -> {
            assertThat(filing.link()).contains("partner.microsoft.com/dashboard/customers/" + Samples.CONTOSO_ID.value());
            assertThat(filing.portalLink()).isEqualTo("https://portal.office365.us");
        });
        assertThat(vendor.seen()).isEmpty();
    }

    @Test
    void theDocumentedListExampleIsReadIntegerEnumsZonelessDatesAndTheYearOneNoDate() throws Exception {
        // The documented answer of GET /v1/customers/{id}/servicerequests, as Partner Center prints it.
        var page = JSON.readTree("""
                {"totalCount": 1, "items": [{"title": "Test", "severity": 0, "id": "615112491169010", "status": 1,
                  "primaryContact": {"lastName": "LastName", "firstName": "FirstName"},
                  "createdDate": "2015-11-24T01:07:00.863", "lastModifiedDate": "2015-11-24T01:17:10.61",
                  "lastClosedDate": "0001-01-01T00:00:00", "attributes": {"objectType": "ServiceRequest"}}],
                 "attributes": {"objectType": "Collection"}}""");
        assertThat(PartnerCenterJson.listing(page.path("items").get(0))).contains(new VendorListing("615112491169010",
                "Test", Severity.UNKNOWN, Optional.of(ServiceRequestStatus.OPEN),
                Optional.of(Instant.parse("2015-11-24T01:07:00.863Z"))));
        assertThat(PartnerCenterJson.date(page.path("items").get(0).path("lastClosedDate"))).isEmpty();
    }

    @Test
    void theDocumentedDetailsExampleIsReadStringEnumsAndAZonelessNoteDate() throws Exception {
        var details = JSON.readTree("""
                {"title": "TrialSR", "description": "Ignore this SR", "severity": "critical", "supportTopicId": "32444671",
                 "supportTopicName": "Cannot manage my profile", "id": "616122292874576", "status": "open",
                 "organization": {"id": "3b33e682-00c3-41ee-9dd2-a548adf56438", "name": "TEST_TEST_BugBash1"},
                 "productId": "15960", "createdDate": "2016-12-22T20:31:17.24Z",
                 "lastModifiedDate": "2017-01-09T23:31:15.373Z", "lastClosedDate": "0001-01-01T00:00:00",
                 "notes": [{"createdByName": "Account", "createdDate": "2017-01-09T23:31:15.373", "text": "Sample Note"}],
                 "attributes": {"objectType": "ServiceRequest"}}""");
        VendorGateway.VendorState state = PartnerCenterJson.state(details);
        assertThat(state.status()).contains(ServiceRequestStatus.OPEN);
        assertThat(state.notes()).containsExactly(new VendorGateway.VendorNote("Account", "Sample Note",
                Optional.of(Instant.parse("2017-01-09T23:31:15.373Z"))));
    }

    @Test
    void everyEnumValueAsIntegerOrStringAndUnknownValuesKeptAsUnknown() throws Exception {
        assertThat(List.of("0", "1", "2", "3", "\"critical\"", "\"Moderate\"", "\"MINIMAL\"", "\"unknown\"", "7",
                "\"catastrophic\"", "null")).extracting(v -> PartnerCenterJson.severity(JSON.readTree(v)))
                .containsExactly(Severity.UNKNOWN, Severity.CRITICAL, Severity.MODERATE, Severity.MINIMAL,
                        Severity.CRITICAL, Severity.MODERATE, Severity.MINIMAL, Severity.UNKNOWN, Severity.UNKNOWN,
                        Severity.UNKNOWN, Severity.UNKNOWN);
        assertThat(List.of("0", "1", "2", "3", "\"none\"", "\"Open\"", "\"closed\"", "\"attention_needed\"",
                "\"AttentionNeeded\"")).extracting(v -> PartnerCenterJson.status(JSON.readTree(v)).orElseThrow())
                .containsExactly(ServiceRequestStatus.NONE, ServiceRequestStatus.OPEN, ServiceRequestStatus.CLOSED,
                        ServiceRequestStatus.ATTENTION_NEEDED, ServiceRequestStatus.NONE, ServiceRequestStatus.OPEN,
                        ServiceRequestStatus.CLOSED, ServiceRequestStatus.ATTENTION_NEEDED,
                        ServiceRequestStatus.ATTENTION_NEEDED);
        assertThat(List.of("4", "-1", "\"pending_microsoft\"", "\"\"", "null", "{}"))
                .allSatisfy(v -> assertThat(PartnerCenterJson.status(JSON.readTree(v))).isEmpty());
        assertThat(List.of("\"0001-01-01T00:00:00\"", "\"0001-01-01T00:00:00Z\"", "\"\"", "null", "\"yesterday\"", "42"))
                .allSatisfy(v -> assertThat(PartnerCenterJson.date(JSON.readTree(v))).isEmpty());
        assertThat(PartnerCenterJson.date(JSON.readTree("\"2017-01-09T23:31:15\""))).contains(
                Instant.parse("2017-01-09T23:31:15Z"));
        assertThat(PartnerCenterJson.date(JSON.readTree("\"2017-01-09T18:31:15-05:00\""))).contains(
                Instant.parse("2017-01-09T23:31:15Z"));
    }

    @Test
    void aCustomersRequestsAreListedPageByPage() {
        for (int i = 0; i < PartnerCenterGateway.PAGE_SIZE + 5; i++) {
            vendor.fileInPortal(Samples.CONTOSO_ID.value(), "Request " + i, i % 2 == 0 ? "critical" : "minimal");
        }
        String other = vendor.fileInPortal(Samples.FABRIKAM_ID.value(), "Fabrikam's", "moderate");

        List<VendorListing> listed = gateway.listForCustomer(Samples.CONTOSO_ID);

        assertThat(listed).hasSize(PartnerCenterGateway.PAGE_SIZE + 5)
                .noneMatch(l -> l.vendorRequestNumber().equals(other));
        assertThat(listed.get(0)).satisfies(l -> {
            assertThat(l.title()).isEqualTo("Request 0");
            assertThat(l.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(l.status()).contains(ServiceRequestStatus.OPEN);
            assertThat(l.createdDate()).isPresent();
        });
        assertThat(vendor.seen()).extracting(FakePartnerCenter.Seen::path).containsExactly(
                "/v1/customers/" + Samples.CONTOSO_ID.value() + "/servicerequests?offset=0&size=100",
                "/v1/customers/" + Samples.CONTOSO_ID.value() + "/servicerequests?offset=100&size=100");
        assertThat(gateway.listForCustomer(Samples.WOODGROVE_ID)).isEmpty();
    }

    @Test
    void aListTheVendorCannotGiveNowIsAnErrorNamingWhy() {
        vendor.failNextLists(new FakePartnerCenter.Fail(500, "{\"description\":\"backend\"}"),
                new FakePartnerCenter.Throttle(429, "30"), new FakePartnerCenter.Hang());
        assertThatThrownBy(() -> gateway.listForCustomer(Samples.CONTOSO_ID))
                .isInstanceOf(VendorCalls.VendorUnavailableException.class).hasMessageContaining("500");
        assertThatThrownBy(() -> gateway.listForCustomer(Samples.CONTOSO_ID)).hasMessageContaining("429");
        assertThatThrownBy(() -> gateway.listForCustomer(Samples.CONTOSO_ID)).hasMessageContaining("did not answer");
    }

    @Test
    void fetchBringsBackTheVendorsStatusAndNotesAndAStatusTheDeskDoesNotKnowIsEmpty() {
        String number = vendor.fileInPortal(Samples.CONTOSO_ID.value(), "Mail queued", "critical");
        vendor.respond(number, "attention_needed", Optional.of("Please send the message trace for one affected message."));

        VendorGateway.VendorState state = gateway.fetch(number).orElseThrow();

        assertThat(state.status()).contains(ServiceRequestStatus.ATTENTION_NEEDED);
        assertThat(state.notes()).singleElement().satisfies(note -> {
            assertThat(note.author()).isEqualTo("Microsoft Support Engineer");
            assertThat(note.text()).isEqualTo("Please send the message trace for one affected message.");
            assertThat(note.createdAt()).hasValueSatisfying(at -> assertThat(at).isBefore(Instant.now().plusSeconds(1)));
        });
        vendor.respond(number, "waiting_on_engineering", Optional.empty());
        assertThat(gateway.fetch(number).orElseThrow().status()).isEmpty();
    }

    @Test
    void fetchOfAnUnknownRequestIsEmptyAndAFailingOrDroppedAnswerIsAnError() {
        assertThat(gateway.fetch("616122292874576")).isEmpty();

        String number = vendor.fileInPortal(Samples.CONTOSO_ID.value(), "Mail queued", "critical");
        vendor.failNextReads(new FakePartnerCenter.Fail(500, "boom"), new FakePartnerCenter.AcceptThenDrop());
        assertThatThrownBy(() -> gateway.fetch(number))
                .isInstanceOf(VendorCalls.VendorUnavailableException.class).hasMessageContaining("500");
        assertThatThrownBy(() -> gateway.fetch(number))
                .isInstanceOf(VendorCalls.VendorUnavailableException.class).hasMessageContaining("I/O error");
    }

    @Test
    void updateSendsTheNewNoteAndTheStatusInTheSdksShape() {
        String number = vendor.fileInPortal(Samples.CONTOSO_ID.value(), "Mail queued", "critical");

        assertThat(gateway.update(number, Optional.of("Message trace attached to the portal."), Optional.empty(),
                "update-1")).isEqualTo(new Delivered(number));
        assertThat(gateway.update(number, Optional.empty(), Optional.of(ServiceRequestStatus.CLOSED), "update-2"))
                .isInstanceOf(Delivered.class);

        FakePartnerCenter.Stored stored = vendor.byId(number).orElseThrow();
        assertThat(stored.status).isEqualTo("closed");
        assertThat(stored.notes).singleElement()
                .satisfies(n -> assertThat(n.path("text").asText()).isEqualTo("Message trace attached to the portal."));
        assertThat(vendor.seen()).filteredOn(s -> s.method().equals("PATCH"))
                .extracting(s -> s.headers().get("MS-RequestId")).containsExactly("update-1", "update-2");
    }

    @Test
    void anUpdateTheVendorCannotTakeIsToBeTriedAgainWithItsRetryAfter() {
        String number = vendor.fileInPortal(Samples.CONTOSO_ID.value(), "Mail queued", "critical");
        vendor.failNextUpdates(new FakePartnerCenter.Throttle(429, "12"), new FakePartnerCenter.Fail(500, "boom"),
                new FakePartnerCenter.Hang());

        assertThat(gateway.update(number, Optional.of("note"), Optional.empty(), "u-1"))
                .isInstanceOfSatisfying(Retry.class, r -> {
                    assertThat(r.retryAfter()).contains(Duration.ofSeconds(12));
                    assertThat(r.error()).contains("429");
                });
        assertThat(gateway.update(number, Optional.of("note"), Optional.empty(), "u-1"))
                .isInstanceOfSatisfying(Retry.class, r -> assertThat(r.error()).contains("500"));
        assertThat(gateway.update(number, Optional.of("note"), Optional.empty(), "u-1"))
                .isInstanceOfSatisfying(Retry.class, r -> assertThat(r.error()).contains("did not answer"));
        assertThat(gateway.update("616122292874576", Optional.of("x"), Optional.empty(), "u-2"))
                .isInstanceOfSatisfying(Retry.class, r -> assertThat(r.error()).contains("404"));
        assertThat(vendor.byId(number).orElseThrow().notes).isEmpty();
    }

    @Test
    void aRetriedUpdateWhoseAnswerWasLostIsNotAppliedTwice() {
        String number = vendor.fileInPortal(Samples.CONTOSO_ID.value(), "Mail queued", "critical");
        vendor.failNextUpdates(new FakePartnerCenter.AcceptThenDrop());

        assertThat(gateway.update(number, Optional.of("Trace attached."), Optional.empty(), "u-7"))
                .isInstanceOfSatisfying(Retry.class, r -> assertThat(r.error()).contains("I/O error"));
        assertThat(gateway.update(number, Optional.of("Trace attached."), Optional.empty(), "u-7"))
                .isInstanceOf(Delivered.class);

        assertThat(vendor.byId(number).orElseThrow().notes).hasSize(1);
    }

    @Test
    void aWrongTokenIsRefusedByTheVendorAndAMissingOneNeverLeavesTheDesk() {
        String number = vendor.fileInPortal(Samples.CONTOSO_ID.value(), "Mail queued", "critical");
        PartnerCenterGateway wrong = gateway(vendor.baseUrl(), Map.of("PC_TOKEN", "stale"));
        PartnerCenterGateway missing = gateway(vendor.baseUrl(), Map.of());

        assertThat(wrong.update(number, Optional.of("n"), Optional.empty(), "u")).isInstanceOfSatisfying(Retry.class,
                retry -> assertThat(retry.error()).contains("401").doesNotContain("stale"));
        assertThat(missing.update(number, Optional.of("n"), Optional.empty(), "u")).isInstanceOfSatisfying(Retry.class,
                retry -> assertThat(retry.error()).contains("PC_TOKEN", "not set"));
        assertThatThrownBy(() -> missing.fetch(number)).hasMessageContaining("PC_TOKEN");
        assertThat(vendor.seen()).hasSize(1);
    }

    @Test
    void aVendorThatIsNotListeningIsRetried() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PartnerCenterGateway nowhere = gateway("http://localhost:" + port, Map.of("PC_TOKEN", FakePartnerCenter.TOKEN));

        assertThat(nowhere.update("616122292874576", Optional.of("n"), Optional.empty(), "u"))
                .isInstanceOfSatisfying(Retry.class, retry -> assertThat(retry.error()).contains("I/O error"));
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        Instant now = Instant.parse("2026-03-10T14:00:00Z");
        assertThat(VendorCalls.parseRetryAfter("30", now)).contains(Duration.ofSeconds(30));
        assertThat(VendorCalls.parseRetryAfter("Tue, 10 Mar 2026 14:02:00 GMT", now)).contains(Duration.ofMinutes(2));
        assertThat(VendorCalls.parseRetryAfter("Tue, 10 Mar 2026 13:00:00 GMT", now)).contains(Duration.ZERO);
        assertThat(VendorCalls.parseRetryAfter("soon", now)).isEmpty();
    }

    @Test
    void settingsRefuseAnythingButAnAbsoluteHttpUrl() {
        assertThatThrownBy(() -> new PartnerCenterGateway.Settings(URI.create("ftp://vendor.example"), "T", TIMEOUT,
                TIMEOUT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartnerCenterGateway.Settings(URI.create("vendor.example/api"), "T", TIMEOUT,
                TIMEOUT)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PartnerCenterGateway.Settings(URI.create(PartnerCenterGateway.DEFAULT_BASE_URL + "/"), "T",
                TIMEOUT, TIMEOUT).baseUrl()).hasToString("https://api.partnercenter.microsoft.com");
    }
}
