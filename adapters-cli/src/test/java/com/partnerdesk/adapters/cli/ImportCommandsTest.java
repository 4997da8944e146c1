package com.partnerdesk.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.adapters.cli.CliTestDesk.Result;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.health.HealthStatus;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandsTest {
    private final CliTestDesk desk = new CliTestDesk();

    @Test
    void customersImportAddsEveryRowAndPrintsTheCounts() {
        Result result = desk.run("customers", "import", resource("customers/customers-good.csv"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("added 3, updated 0, unchanged 0\n");
        assertThat(desk.storage.customers().all()).hasSize(3);
        assertThat(desk.storage.customers().find(TenantId.of("0b8e7d6c-5a4b-4c3d-9e2f-1a0b9c8d7e6f")).orElseThrow()
                .name()).isEqualTo("Fabrikam Aerospace \"West\"");
    }

    @Test
    void customersImportTwiceLeavesEveryCustomerUnchanged() {
        desk.run("customers", "import", resource("customers/customers-good.csv"));

        Result again = desk.run("customers", "import", resource("customers/customers-good.csv"));

        assertThat(again.out()).isEqualTo("added 0, updated 0, unchanged 3\n");
    }

    @Test
    void customersImportUpdatesAChangedCustomer(@TempDir Path dir) throws Exception {
        desk.run("customers", "import", resource("customers/customers-good.csv"));
        Path changed = Files.writeString(dir.resolve("changed.csv"), String.join(",", CustomerCsv.HEADER) + "\r\n"
                + "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b,Contoso Defense Solutions,contosodefense.onmicrosoft.us,"
                + "GCC_HIGH,us-gov-virginia,TERMINATED,no,CSP,DIRECT,US,Exchange Online\r\n");

        Result result = desk.run("customers", "import", changed.toString());

        assertThat(result.out()).isEqualTo("added 0, updated 1, unchanged 0\n");
    }

    @Test
    void customersImportRefusesTheWholeFileListingEveryFaultByLine() {
        Result result = desk.run("customers", "import", resource("customers/customers-faults.csv"));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.errLines()).containsExactly(
                "partnerdesk: customers-faults.csv refused, nothing was imported (7 faults):",
                "  customers-faults.csv line 3: tenantId: 'not-a-guid' is not a GUID",
                "  customers-faults.csv line 4: cloud: 'AZURE' is not one of COMMERCIAL, GCC, GCC_HIGH, DOD",
                "  customers-faults.csv line 4: supportRole: 'maybe' is not yes or no",
                "  customers-faults.csv line 4: country: 'USA' is not an ISO 3166 alpha-2 country code",
                "  customers-faults.csv line 4: services: 'Lotus Notes' is not a service in the catalogue",
                "  customers-faults.csv line 5: expected 11 fields, found 7",
                "  customers-faults.csv line 6: tenantId: 6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b appears again (first on line 2)");
        assertThat(result.out()).isEmpty();
        assertThat(desk.storage.customers().all()).as("nothing written").isEmpty();
    }

    @Test
    void aSingleFaultIsOneLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("customers.csv"), String.join(",", CustomerCsv.HEADER) + "\r\n"
                + "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b,Contoso,contoso.onmicrosoft.us,AZURE,us-gov-virginia,ACTIVE,"
                + "yes,CSP,DIRECT,US,Exchange Online\r\n");

        Result result = desk.run("customers", "import", file.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.errLines()).containsExactly(
                "partnerdesk: customers.csv line 2: cloud: 'AZURE' is not one of COMMERCIAL, GCC, GCC_HIGH, DOD");
    }

    @Test
    void aMissingFileIsBadInput(@TempDir Path dir) {
        Result result = desk.run("customers", "import", dir.resolve("nope.csv").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("nope.csv: no such file");
    }

    @Test
    void aFileThatIsNotUtf8IsBadInput(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("latin1.csv"),
                (String.join(",", CustomerCsv.HEADER) + "\nx,Soci\u00e9t\u00e9\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        Result result = desk.run("customers", "import", file.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.errLines()).containsExactly("partnerdesk: latin1.csv: is not UTF-8 text");
    }

    @Test
    void customersListPrintsATableJsonAndCsvThatImportsBack(@TempDir Path dir) throws Exception {
        desk.run("customers", "import", resource("customers/customers-good.csv"));

        Result table = desk.run("customers", "list");
        Result json = desk.run("customers", "list", "--format", "json");
        Result csv = desk.run("customers", "list", "--format", "csv");

        assertThat(table.out().lines().findFirst().orElseThrow()).startsWith("tenantId").contains("services");
        assertThat(table.out()).contains("Contoso Defense Solutions, Inc.", "GCC_HIGH", "us-gov-virginia");
        assertThat(json.out()).contains("\"tenantId\" : \"6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b\"",
                "\"supportRole\" : true", "\"name\" : \"Exchange Online\"");
        assertThat(csv.out()).startsWith(String.join(",", CustomerCsv.HEADER) + ",restricted,azureSubscriptionIds,contactName,contactEmail\r\n")
                .contains("\"Contoso Defense Solutions, Inc.\"");
        Path exported = Files.writeString(dir.resolve("export.csv"), csv.out());
        assertThat(desk.run("customers", "import", exported.toString()).out()).isEqualTo("added 0, updated 0, unchanged 3\n");
    }

    @Test
    void healthImportStoresEveryIssueForTheGivenCloud() {
        Result result = desk.run("health", "import", resource("graph/issues-page.json"), "--cloud", "gcc_high");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("added 17, updated 0, unchanged 0; cases sent to recheck 0\n");
        assertThat(result.err()).as("no progress bar without a terminal").isEmpty();
        HealthIssue stored = desk.storage.health().find(HealthIssueId.of("EX512300")).orElseThrow();
        assertThat(stored.clouds()).containsExactly(Cloud.GCC_HIGH);
    }

    @Test
    void healthImportOfABareArrayCoversAllClouds() {
        Result result = desk.run("health", "import", resource("graph/issues-array.json"));

        assertThat(result.out()).isEqualTo("added 3, updated 0, unchanged 0; cases sent to recheck 0\n");
        assertThat(desk.storage.health().find(HealthIssueId.of("EX512300")).orElseThrow().clouds()).isEmpty();
    }

    @Test
    void healthImportSendsCasesWaitingOnAnEndedIssueToRecheck(@TempDir Path dir) throws Exception {
        desk.storage.unitOfWork().writeVoid(() -> desk.storage.customers().upsert(Samples.contoso()));
        HealthIssue active = Samples.exchangeIncident("EX700001", Samples.T0.minusSeconds(600),
                HealthStatus.SERVICE_DEGRADATION, Samples.T0);
        Case waiting = Samples.newCase(Samples.CONTOSO_ID,
                Samples.mailFlowProblem(Samples.T0, com.partnerdesk.domain.cases.SymptomClassification.UNAVAILABLE),
                Samples.T0);
        waiting.recordHealthCheck(new com.partnerdesk.domain.cases.HealthCheck(Samples.T0, java.util.List.of(active.id())));
        waiting.applyTriage(new com.partnerdesk.domain.cases.TriageOutcome(
                        com.partnerdesk.domain.cases.TriageResult.KNOWN_INCIDENT, Optional.empty(),
                        java.util.List.of("EX700001 explains it"), java.util.List.of(active.id()), Optional.empty(),
                        Optional.empty()),
                "helpdesk@partner.example", Samples.T0);
        desk.storage.unitOfWork().writeVoid(() -> {
            desk.storage.health().upsertAll(java.util.List.of(active));
            desk.storage.cases().insert(waiting);
        });
        Path restored = Files.writeString(dir.resolve("restored.json"), "{\"value\":[{\"id\":\"EX700001\","
                + "\"title\":\"Users may be unable to send mail to external recipients\",\"service\":\"Exchange Online\","
                + "\"classification\":\"incident\",\"status\":\"ServiceRestored\",\"isResolved\":true,"
                + "\"startDateTime\":\"2026-03-10T13:50:00Z\",\"endDateTime\":\"2026-03-10T15:00:00Z\","
                + "\"lastModifiedDateTime\":\"2026-03-10T15:05:00Z\"}]}");

        Result result = desk.run("health", "import", restored.toString(), "--cloud", "GCC_HIGH");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("added 0, updated 1, unchanged 0; cases sent to recheck 1\n");
        assertThat(desk.storage.cases().find(waiting.id()).orElseThrow().status()).isEqualTo(CaseStatus.RECHECK);
    }

    @Test
    void healthImportRefusesTheWholeFileListingEveryFaultByJsonPath() {
        Result result = desk.run("health", "import", resource("graph/issues-faults.json"));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.errLines().get(0)).isEqualTo("partnerdesk: issues-faults.json refused, nothing was imported (5 faults):");
        assertThat(result.errLines()).contains(
                "  $.value[2].classification: 'outage' is not one of INCIDENT, ADVISORY",
                "  $.value[3].isResolved: 'no' is not true or false");
        assertThat(result.err()).as("a status the desk does not know is kept, not refused").doesNotContain("Bogus");
        assertThat(desk.storage.health().list(false, Optional.empty(), 100)).as("nothing written").isEmpty();
    }

    @Test
    void healthImportReadsTheVendorsOwnExamplesListPageSingleIssueAndOverviewsWithTheirIssues() {
        Result page = desk.run("health", "import", resource("vendor-samples/graph-docs_v1.0_serviceannouncement-list-issues__response.json"));
        Result single = desk.run("health", "import", resource("vendor-samples/graph-docs_v1.0_servicehealthissue-get__MO226784_response.json"));
        Result overviews = desk.run("health", "import", resource(
                "vendor-samples/graph-docs_v1.0_serviceannouncement-list-healthoverviews__ex2_expand-issues_response.json"));
        Result bareOverviews = desk.run("health", "import", resource(
                "vendor-samples/graph-docs_v1.0_serviceannouncement-list-healthoverviews__ex1_response.json"));

        assertThat(List.of(page, single, overviews)).allSatisfy(r -> {
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).isEqualTo("added 1, updated 0, unchanged 0; cases sent to recheck 0\n");
        });
        assertThat(bareOverviews.out()).isEqualTo("added 0, updated 0, unchanged 0; cases sent to recheck 0\n");
        assertThat(desk.storage.health().list(false, Optional.empty(), 10)).extracting(i -> i.id().value())
                .containsExactlyInAnyOrder("EX226792", "MO226784", "EX226574");
    }

    @Test
    void healthImportForOneCustomerShowsTheIssuesToThatCustomerOnly() {
        desk.storage.unitOfWork().writeVoid(() -> {
            desk.storage.customers().upsert(Samples.contoso());
            desk.storage.customers().upsert(Samples.fabrikam());
        });

        Result result = desk.run("health", "import", resource("graph/issues-array.json"), "--customer",
                Samples.CONTOSO_ID.value());
        Result list = desk.run("health", "list", "--format", "csv");
        Result unknown = desk.run("health", "import", resource("graph/issues-array.json"), "--customer", "not-a-tenant");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(list.out()).contains(",Contoso Defense Solutions,").doesNotContain("Fabrikam");
        assertThat(desk.storage.health().shownTo(Samples.fabrikam(), List.of("Exchange Online"), false)).isEmpty();
        assertThat(desk.storage.health().shownTo(Samples.contoso(), List.of("Exchange Online"), false)).isNotEmpty();
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("tenantId");
    }

    @Test
    void healthSyncReadsEachCustomersFeedAndStatusSaysHowItWent() {
        desk.storage.unitOfWork().writeVoid(() -> {
            desk.storage.customers().upsert(Samples.contoso());
            desk.storage.customers().upsert(Samples.fabrikam());
        });
        desk.feeds.put(Samples.CONTOSO_ID, List.of(Samples.exchangeIncident("EX700090", Samples.T0,
                HealthStatus.INVESTIGATING, Samples.T0)));
        desk.unreadable.put(Samples.FABRIKAM_ID, "admin consent missing in the customer's tenant "
                + Samples.FABRIKAM_ID);

        Result sync = desk.run("health", "sync");
        Result status = desk.run("health", "status");
        Result json = desk.run("health", "status", "--format", "json");
        Result one = desk.run("health", "sync", "--customer", Samples.CONTOSO_ID.value());

        assertThat(sync.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(sync.out()).contains("Contoso Defense Solutions (" + Samples.CONTOSO_ID + "): 1 issues read, added 1",
                "Fabrikam Aerospace (" + Samples.FABRIKAM_ID + "): failed: admin consent missing", "1 of 2 customers read");
        assertThat(status.out()).contains("LAST SYNC", "LAST FAILURE", "admin consent missing in the customer's tenant");
        assertThat(json.out()).contains("\"issuesBrought\" : 1", "\"failure\" : null");
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(one.out()).contains("1 of 1 customers read");
    }

    @Test
    void healthImportRefusesAnUnknownCloud() {
        Result result = desk.run("health", "import", resource("graph/issues-page.json"), "--cloud", "AZURE");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.errLines()).singleElement().asString().contains("--cloud", "AZURE", "GCC_HIGH");
    }

    @Test
    void healthListShowsActiveIssuesOnlyWhenAsked() {
        desk.run("health", "import", resource("graph/issues-page.json"));

        Result all = desk.run("health", "list", "--format", "csv");
        Result active = desk.run("health", "list", "--active", "--format", "csv");

        assertThat(all.out().lines().count()).isEqualTo(18);
        assertThat(active.out()).doesNotContain("serviceRestored", "falsePositive", "postIncidentReviewPublished");
        assertThat(active.out().lines().count()).isEqualTo(13);
        assertThat(desk.run("health", "list").out()).contains("ID", "STATUS", "EX512300", "us-gov-texas;us-gov-virginia");
    }

    @Test
    void healthListAsJsonUsesGraphFieldNames() {
        desk.run("health", "import", resource("graph/issues-array.json"));

        Result json = desk.run("health", "list", "--format", "json");

        assertThat(json.out()).contains("\"id\" : \"EX512300\"", "\"status\" : \"serviceOperational\"",
                "\"startDateTime\" : \"2026-03-10T08:30:00Z\"", "\"regions\" : [ \"us-gov-texas\", \"us-gov-virginia\" ]");
    }

    /** A test resource as a file: the vendor adapter's fixtures come from its test jar, copied out. */
    static String resource(String name) {
        try {
            java.net.URL url = ImportCommandsTest.class.getResource("/" + name);
            if ("file".equals(url.getProtocol())) {
                return Path.of(url.toURI()).toString();
            }
            Path copy = Files.createTempDirectory("fixture").resolve(Path.of(name).getFileName().toString());
            try (InputStream in = url.openStream()) {
                Files.copy(in, copy);
            }
            copy.toFile().deleteOnExit();
            copy.getParent().toFile().deleteOnExit();
            return copy.toString();
        } catch (URISyntaxException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static InputStream stream(String name) {
        return ImportCommandsTest.class.getResourceAsStream("/" + name);
    }
}
