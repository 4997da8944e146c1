package com.partnerdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.AuditUseCase;
import com.partnerdesk.application.port.in.FindCasesUseCase;
import com.partnerdesk.application.port.in.ServiceRequestView;
import com.partnerdesk.application.port.in.ServiceRequestsUseCase;
import com.partnerdesk.application.port.out.VendorOutbox;
import com.partnerdesk.bootstrap.PartnerDeskApp;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.audit.Channel;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code partnerdesk requests show} and {@code requests record}, run in-process as separate runs of {@code partnerdesk}
 * over a real SQLite file: the exit codes of SPEC §8 and what the file holds afterwards.
 */
class RequestsRecordCliIT {
    private static final String NUMBER = "2611240040001234";

    @TempDir
    Path dir;

    private DeskFile desk;
    private String requestId;

    @BeforeEach
    void aRequestFiledOnThePortalPath() {
        desk = new DeskFile(dir.resolve("desk.db"), Map.of());
        PartnerDeskApp app = desk.app();
        try {
            desk.seed(app.injector());
            requestId = desk.escalate(app.injector(), Samples.CONTOSO_ID).id().value();
        } finally {
            app.close();
        }
    }

    private <T> T inANewRun(java.util.function.Function<com.google.inject.Injector, T> read) {
        PartnerDeskApp app = desk.app();
        try {
            return read.apply(app.injector());
        } finally {
            app.close();
        }
    }

    private ServiceRequestView request() {
        return inANewRun(in -> in.getInstance(ServiceRequestsUseCase.class).get(Desk.operator(),
                com.partnerdesk.domain.ids.ServiceRequestId.of(requestId)));
    }

    @Test
    void showPrintsThePrefilledRequestAndTheSeedsDashboardLinkForTheCustomer() {
        DeskFile.Run shown = desk.run("requests", "show", "--id", requestId);

        assertThat(shown.exitCode()).as(shown.err()).isZero();
        assertThat(shown.out())
                .contains("https://partner.microsoft.com/dashboard/customers/" + Samples.CONTOSO_ID.value()
                        + "/servicemanagement")
                .contains("Service requests, then New request, then the product Office 365")
                .contains("Mail flow (" + Samples.MAIL_FLOW_TOPIC + ")")
                .contains("Outbound mail to .mil queued for the whole tenant")
                .contains("escalations@federalcloudpartners.example")
                .contains("partnerdesk requests record --id " + requestId);
        DeskFile.Run submitted = desk.run("requests", "submit");
        assertThat(submitted.out()).contains("awaiting an agent (portal) 1");
    }

    @Test
    void recordCompletesDeliveryAndIsAuditedUnderTheOperatorWithTheCliChannel() {
        DeskFile.Run recorded = desk.run("requests", "record", "--id", requestId, "--vendor-number", NUMBER);

        assertThat(recorded.exitCode()).as(recorded.err()).isZero();
        assertThat(recorded.out()).contains("service request " + requestId + " is with the vendor as " + NUMBER + ": open");
        ServiceRequestView request = request();
        assertThat(request.status()).isEqualTo(ServiceRequestStatus.OPEN);
        assertThat(request.vendorRequestNumber()).contains(NUMBER);
        assertThat(request.deliveryState()).contains(VendorOutbox.OutboxState.DELIVERED.name());
        assertThat(request.awaitingVendorNumber()).isFalse();
        List<AuditEvent> audit = inANewRun(in -> in.getInstance(AuditUseCase.class).since(Desk.operator(),
                Optional.empty(), 10_000));
        assertThat(audit).filteredOn(e -> e.action().equals("service-request.vendor-number")).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(DeskFile.OPERATOR);
                    assertThat(e.channel()).isEqualTo(Channel.CLI);
                    assertThat(e.outcome()).isEqualTo(AuditOutcome.ALLOWED);
                    assertThat(e.detail()).contains(NUMBER);
                });
        assertThat(inANewRun(in -> in.getInstance(FindCasesUseCase.class).get(Desk.operator(),
                request.caseIds().get(0))).notes())
                .anySatisfy(n -> assertThat(n.text()).contains("Filed with the vendor as service request " + NUMBER));
        assertThat(desk.run("requests", "submit").out()).contains("awaiting an agent (portal) 0");
        assertThat(desk.run("requests", "list", "--format", "csv").out()).contains(NUMBER);

        DeskFile.Run again = desk.run("requests", "record", "--id", requestId, "--vendor-number", NUMBER);
        assertThat(again.exitCode()).as(again.err()).isZero();
        DeskFile.Run other = desk.run("requests", "record", "--id", requestId, "--vendor-number", "2611240040009999");
        assertThat(other.exitCode()).isEqualTo(1);
        assertThat(other.err()).contains("already filed with the vendor as " + NUMBER).doesNotContain("Exception");
    }

    @Test
    void aNumberThatCannotBeTheVendorsExitsTwoNamingTheOptionAndWritesNothing() {
        DeskFile.Run bad = desk.run("requests", "record", "--id", requestId, "--vendor-number", "2611 2400 4000");

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().lines()).singleElement().asString()
                .startsWith("partnerdesk requests record: --vendor-number: '2611 2400 4000' is not a vendor request number");
        assertThat(request().status()).isEqualTo(ServiceRequestStatus.NONE);
        assertThat(request().deliveryState()).contains(VendorOutbox.OutboxState.PENDING.name());
    }

    @Test
    void aMalformedIdOrMissingOptionExitsTwoAndAnUnknownRequestExitsOne() {
        DeskFile.Run malformed = desk.run("requests", "record", "--id", "SR-42", "--vendor-number", NUMBER);
        DeskFile.Run missing = desk.run("requests", "record", "--id", requestId);
        DeskFile.Run unknown = desk.run("requests", "record", "--id", "11111111-2222-4333-8444-555555555555",
                "--vendor-number", NUMBER);

        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.err()).startsWith("partnerdesk requests record: --id: 'SR-42' is not");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--vendor-number");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("was not found");
        assertThat(request().status()).isEqualTo(ServiceRequestStatus.NONE);
    }

    @Test
    void aDashboardAddressWithoutTheTenantIdIsRefusedAtStartWithExitTwo() {
        PrintStream before = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = new DeskFile(dir.resolve("desk.db"), Map.of("PARTNERDESK_DASHBOARD_URL",
                    "https://partner.microsoft.com/dashboard")).app().run(new String[] {"requests", "list"});
        } finally {
            System.setErr(before);
        }

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("partnerdesk: PARTNERDESK_DASHBOARD_URL: ")
                .contains("{tenantId}").doesNotContain("Exception");
    }
}
