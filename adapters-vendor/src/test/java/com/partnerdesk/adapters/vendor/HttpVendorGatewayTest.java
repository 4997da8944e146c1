package com.partnerdesk.adapters.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.out.VendorGateway;
import com.partnerdesk.application.port.out.VendorGateway.Delivered;
import com.partnerdesk.application.port.out.VendorGateway.Delivery;
import com.partnerdesk.application.port.out.VendorGateway.Retry;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class HttpVendorGatewayTest {
    private static final Duration TIMEOUT = Duration.ofMillis(1000);

    private FakeVendor vendor;
    private HttpVendorGateway gateway;
    private final ServiceRequest request = Samples.request(Samples.CONTOSO_ID, List.of(CaseId.random()), Optional.empty(),
            Samples.T0);

    @BeforeEach
    void startVendor() {
        vendor = FakeVendor.start();
        gateway = gateway(vendor.baseUrl(), Map.of("VENDOR_TOKEN", FakeVendor.TOKEN));
    }

    @AfterEach
    void stopVendor() {
        vendor.close();
    }

    private static HttpVendorGateway gateway(String base, Map<String, String> env) {
        return new HttpVendorGateway(new HttpVendorGateway.Settings(URI.create(base + "/"), "VENDOR_TOKEN",
                Duration.ofMillis(1000), TIMEOUT), env::get, Clock.systemUTC());
    }

    private static String correlation() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aCreateSpeaksTheVendorsShapeAndIsDeliveredUnderTheVendorsNumber() {
        String correlation = correlation();

        Delivery delivery = gateway.submit(request, correlation);

        assertThat(delivery).isInstanceOf(Delivered.class);
        FakeVendor.Stored stored = vendor.requests().get(0);
        assertThat(((Delivered) delivery).vendorRequestNumber()).isEqualTo(stored.id);
        assertThat(stored.tenantId).isEqualTo(Samples.CONTOSO_ID.value());
        assertThat(stored.supportTopicId).isEqualTo(Samples.MAIL_FLOW_TOPIC);
        assertThat(stored.body.path("title").asText()).isEqualTo(request.title());
        assertThat(stored.body.path("description").asText()).isEqualTo(request.description());
        assertThat(stored.body.path("severity").asText()).isEqualTo("critical");
        assertThat(stored.body.path("countryCode").asText()).isEqualTo("US");
        assertThat(stored.body.path("productName").asText()).isEqualTo(request.productName());
        assertThat(stored.body.path("organization").path("name").asText()).isEqualTo("Federal Cloud Partners LLC");
        assertThat(stored.body.path("primaryContact").path("firstName").asText()).isEqualTo("Dana");
        assertThat(stored.body.path("primaryContact").path("lastName").asText()).isEqualTo("Whitfield");
        assertThat(stored.body.path("primaryContact").path("email").asText())
                .isEqualTo("escalations@federalcloudpartners.example");
        assertThat(stored.body.path("primaryContact").path("phoneNumber").asText()).isEqualTo("+1 703 555 0142");
        FakeVendor.Seen seen = vendor.seen().get(0);
        assertThat(seen.method()).isEqualTo("POST");
        assertThat(seen.headers()).containsEntry("Authorization", "Bearer " + FakeVendor.TOKEN)
                .containsEntry("MS-RequestId", correlation).containsEntry("MS-CorrelationId", correlation);
    }

    @Test
    void aRetryWithTheSameCorrelationIdGetsTheRequestTheVendorAlreadyHas() {
        String correlation = correlation();
        Delivered first = (Delivered) gateway.submit(request, correlation);
        Delivered again = (Delivered) gateway.submit(request, correlation);

        assertThat(again.vendorRequestNumber()).isEqualTo(first.vendorRequestNumber());
        assertThat(vendor.requestCount()).isEqualTo(1);
        assertThat(vendor.createCalls()).isEqualTo(2);
    }

    @Test
    void aServerErrorIsRetriedWithoutADelayAndNamesTheVendorsAnswer() {
        vendor.failNextCreates(new FakeVendor.Fail(500, "{\"error\":\"backend unavailable\"}"));

        Delivery delivery = gateway.submit(request, correlation());

        assertThat(delivery).isInstanceOfSatisfying(Retry.class, retry -> {
            assertThat(retry.retryAfter()).isEmpty();
            assertThat(retry.error()).contains("500", "backend unavailable").doesNotContain(FakeVendor.TOKEN);
        });
        assertThat(vendor.requestCount()).isZero();
    }

    @Test
    void throttlingIsRetriedNoSoonerThanTheVendorsRetryAfterInSeconds() {
        vendor.failNextCreates(new FakeVendor.Throttle(429, "120"));

        Delivery delivery = gateway.submit(request, correlation());

        assertThat(delivery).isInstanceOfSatisfying(Retry.class, retry -> {
            assertThat(retry.retryAfter()).contains(Duration.ofSeconds(120));
            assertThat(retry.error()).contains("429");
        });
    }

    @Test
    void unavailabilityIsRetriedNoSoonerThanTheVendorsRetryAfterAsAnHttpDate() {
        Instant at = Instant.now().plusSeconds(300);
        vendor.failNextCreates(new FakeVendor.Throttle(503,
                DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC))));

        Delivery delivery = gateway.submit(request, correlation());

        assertThat(delivery).isInstanceOfSatisfying(Retry.class, retry -> assertThat(retry.retryAfter()).hasValueSatisfying(
                wait -> assertThat(wait).isBetween(Duration.ofSeconds(290), Duration.ofSeconds(300))));
    }

    @Test
    void a503WithoutRetryAfterAndA408AreRetriedWithoutADelay() {
        vendor.failNextCreates(new FakeVendor.Fail(503, ""), new FakeVendor.Fail(408, ""));

        assertThat(gateway.submit(request, correlation())).isInstanceOfSatisfying(Retry.class,
                retry -> assertThat(retry.retryAfter()).isEmpty());
        assertThat(gateway.submit(request, correlation())).isInstanceOfSatisfying(Retry.class,
                retry -> assertThat(retry.error()).contains("408"));
    }

    @Test
    void aVendorThatHangsPastTheTimeoutIsRetriedAndTheDispatcherIsNotHeldUp() {
        vendor.failNextCreates(new FakeVendor.Hang());
        long started = System.nanoTime();

        Delivery delivery = gateway.submit(request, correlation());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(delivery).isInstanceOfSatisfying(Retry.class, retry -> {
            assertThat(retry.retryAfter()).isEmpty();
            assertThat(retry.error()).contains("did not answer");
        });
    }

    @Test
    void anAnswerLostAfterTheVendorStoredTheRequestIsRetriedAndTheRetryFindsTheSameRequest() {
        vendor.failNextCreates(new FakeVendor.AcceptThenDrop());
        String correlation = correlation();

        Delivery lost = gateway.submit(request, correlation);

        assertThat(lost).isInstanceOfSatisfying(Retry.class, retry -> {
            assertThat(retry.retryAfter()).isEmpty();
            assertThat(retry.error()).contains("I/O error");
        });
        assertThat(vendor.requestCount()).isEqualTo(1);
        Delivery retried = gateway.submit(request, correlation);
        assertThat(retried).isEqualTo(new Delivered(vendor.byRequestId(correlation).orElseThrow().id));
        assertThat(vendor.requestCount()).isEqualTo(1);
    }

    @Test
    void aRejectedRequestIsRetriedWithTheVendorsErrorTextForTheDispatcherToPark() {
        vendor.failNextCreates(new FakeVendor.Fail(400, "{\"error\":\"supportTopicId 32444671 is retired\"}"));

        assertThat(gateway.submit(request, correlation())).isInstanceOfSatisfying(Retry.class, retry -> {
            assertThat(retry.retryAfter()).isEmpty();
            assertThat(retry.error()).contains("400", "supportTopicId 32444671 is retired");
        });
    }

    @Test
    void aWrongTokenIsRefusedByTheVendorAndAMissingOneNeverLeavesTheDesk() {
        HttpVendorGateway wrong = gateway(vendor.baseUrl(), Map.of("VENDOR_TOKEN", "stale"));
        HttpVendorGateway missing = gateway(vendor.baseUrl(), Map.of());

        assertThat(wrong.submit(request, correlation())).isInstanceOfSatisfying(Retry.class,
                retry -> assertThat(retry.error()).contains("401").doesNotContain("stale"));
        assertThat(missing.submit(request, correlation())).isInstanceOfSatisfying(Retry.class,
                retry -> assertThat(retry.error()).contains("VENDOR_TOKEN", "not set"));
        assertThat(vendor.createCalls()).isEqualTo(1);
        assertThat(vendor.requestCount()).isZero();
    }

    @Test
    void aVendorThatIsNotListeningIsRetried() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        HttpVendorGateway nowhere = gateway("http://localhost:" + port, Map.of("VENDOR_TOKEN", FakeVendor.TOKEN));

        assertThat(nowhere.submit(request, correlation())).isInstanceOfSatisfying(Retry.class,
                retry -> assertThat(retry.error()).contains("I/O error"));
    }

    @Test
    void fetchBringsBackTheVendorsStatusAndNotes() {
        Delivered delivered = (Delivered) gateway.submit(request, correlation());
        vendor.respond(delivered.vendorRequestNumber(), "attention_needed",
                Optional.of("Please send the message trace for one affected message."));

        VendorGateway.VendorState state = gateway.fetch(delivered.vendorRequestNumber()).orElseThrow();

        assertThat(state.status()).isEqualTo(ServiceRequestStatus.ATTENTION_NEEDED);
        assertThat(state.notes()).singleElement().satisfies(note -> {
            assertThat(note.author()).isEqualTo("Microsoft Support Engineer");
            assertThat(note.text()).isEqualTo("Please send the message trace for one affected message.");
            assertThat(note.createdAt()).isBefore(Instant.now().plusSeconds(1));
        });
    }

    @Test
    void fetchOfAnUnknownRequestIsEmptyAndAFailingVendorIsAnError() {
        assertThat(gateway.fetch("SR404")).isEmpty();

        Delivered delivered = (Delivered) gateway.submit(request, correlation());
        vendor.failNextReads(new FakeVendor.Fail(500, "boom"), new FakeVendor.Hang());
        assertThatThrownBy(() -> gateway.fetch(delivered.vendorRequestNumber()))
                .isInstanceOf(HttpVendorGateway.VendorUnavailableException.class).hasMessageContaining("500");
        assertThatThrownBy(() -> gateway.fetch(delivered.vendorRequestNumber()))
                .isInstanceOf(HttpVendorGateway.VendorUnavailableException.class).hasMessageContaining("did not answer");
    }

    @Test
    void updateSendsANewNoteAndAStatus() {
        Delivered delivered = (Delivered) gateway.submit(request, correlation());

        assertThat(gateway.update(delivered.vendorRequestNumber(), Optional.of("Message trace attached to the portal."),
                Optional.empty(), "update-1")).isEqualTo(new Delivered(delivered.vendorRequestNumber()));
        assertThat(gateway.update(delivered.vendorRequestNumber(), Optional.empty(), Optional.of(ServiceRequestStatus.CLOSED),
                "update-2")).isInstanceOf(Delivered.class);

        FakeVendor.Stored stored = vendor.byId(delivered.vendorRequestNumber()).orElseThrow();
        assertThat(stored.status).isEqualTo("closed");
        assertThat(stored.notes).singleElement()
                .satisfies(n -> assertThat(n.path("text").asText()).isEqualTo("Message trace attached to the portal."));
        assertThat(vendor.seen()).filteredOn(s -> s.method().equals("PATCH"))
                .extracting(s -> s.headers().get("MS-RequestId")).containsExactly("update-1", "update-2");
    }

    @Test
    void anUpdateTheVendorCannotTakeIsToBeTriedAgainWithItsRetryAfter() {
        Delivered delivered = (Delivered) gateway.submit(request, correlation());
        vendor.failNextUpdates(new FakeVendor.Throttle(429, "12"), new FakeVendor.Fail(500, "boom"));

        assertThat(gateway.update(delivered.vendorRequestNumber(), Optional.of("note"), Optional.empty(), "u-1"))
                .isEqualTo(new VendorGateway.Retry("the vendor answered 429: {\"error\":\"throttled\"}",
                        Optional.of(Duration.ofSeconds(12))));
        assertThat(gateway.update(delivered.vendorRequestNumber(), Optional.of("note"), Optional.empty(), "u-1"))
                .isInstanceOfSatisfying(VendorGateway.Retry.class, r -> assertThat(r.error()).contains("500"));
        assertThat(gateway.update("SR404", Optional.of("x"), Optional.empty(), "u-2"))
                .isInstanceOfSatisfying(VendorGateway.Retry.class, r -> assertThat(r.error()).contains("404"));
        assertThat(vendor.byId(delivered.vendorRequestNumber()).orElseThrow().notes).isEmpty();
    }

    @Test
    void aRetriedUpdateWhoseAnswerWasLostIsNotAppliedTwice() {
        Delivered delivered = (Delivered) gateway.submit(request, correlation());
        vendor.failNextUpdates(new FakeVendor.AcceptThenDrop());

        assertThat(gateway.update(delivered.vendorRequestNumber(), Optional.of("Trace attached."), Optional.empty(), "u-7"))
                .isInstanceOf(VendorGateway.Retry.class);
        assertThat(gateway.update(delivered.vendorRequestNumber(), Optional.of("Trace attached."), Optional.empty(), "u-7"))
                .isInstanceOf(Delivered.class);

        assertThat(vendor.byId(delivered.vendorRequestNumber()).orElseThrow().notes).hasSize(1);
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        Instant now = Instant.parse("2026-03-10T14:00:00Z");
        assertThat(HttpVendorGateway.parseRetryAfter("30", now)).contains(Duration.ofSeconds(30));
        assertThat(HttpVendorGateway.parseRetryAfter("Tue, 10 Mar 2026 14:02:00 GMT", now)).contains(Duration.ofMinutes(2));
        assertThat(HttpVendorGateway.parseRetryAfter("Tue, 10 Mar 2026 13:00:00 GMT", now)).contains(Duration.ZERO);
        assertThat(HttpVendorGateway.parseRetryAfter("soon", now)).isEmpty();
    }

    @Test
    void settingsRefuseAnythingButAnAbsoluteHttpUrl() {
        assertThatThrownBy(() -> HttpVendorGateway.Settings.of("ftp://vendor.example", "T"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpVendorGateway.Settings.of("vendor.example/api", "T"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(HttpVendorGateway.Settings.of("https://api.partnercenter.microsoft.us/", "T").baseUrl())
                .hasToString("https://api.partnercenter.microsoft.us");
    }
}
