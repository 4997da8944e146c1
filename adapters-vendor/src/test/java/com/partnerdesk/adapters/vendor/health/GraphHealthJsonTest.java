package com.partnerdesk.adapters.vendor.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.partnerdesk.application.error.InputFault;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.Region;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.health.HealthStatus;
import com.partnerdesk.domain.health.IssueClassification;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphHealthJsonTest {
    private final GraphHealthJson allClouds = new GraphHealthJson(Set.of());

    @Test
    void readsAGraphPageWithEveryStatusInCamelCaseAndPascalCase() throws Exception {
        List<HealthIssue> issues = allClouds.read("issues.json", resource("graph/issues-page.json"));

        assertThat(issues).hasSize(17);
        assertThat(issues).extracting(HealthIssue::status).containsExactlyInAnyOrder(
                EnumSet.complementOf(EnumSet.of(HealthStatus.UNKNOWN_FUTURE_VALUE)).toArray(HealthStatus[]::new));
    }

    @Test
    void mapsTheFieldsOfAnIssue() throws Exception {
        HealthIssue first = allClouds.read("issues.json", resource("graph/issues-page.json")).get(0);

        assertThat(first.id().value()).isEqualTo("EX512300");
        assertThat(first.service()).isEqualTo("Exchange Online");
        assertThat(first.feature()).isEqualTo("E-Mail and calendar access");
        assertThat(first.classification()).isEqualTo(IssueClassification.ADVISORY);
        assertThat(first.startedAt()).isEqualTo(Instant.parse("2026-03-10T08:30:00Z"));
        assertThat(first.endedAt()).isEmpty();
        assertThat(first.lastModifiedAt()).isEqualTo(Instant.parse("2026-03-10T20:05:12.487Z"));
        assertThat(first.impactDescription()).contains("degraded Exchange Online");
        assertThat(first.isActive()).isTrue();
    }

    @Test
    void readsTheRegionsDetailAndTheGivenCloud() throws Exception {
        List<HealthIssue> issues = new GraphHealthJson(Set.of(Cloud.GCC_HIGH))
                .read("issues.json", resource("graph/issues-page.json"));

        assertThat(issues.get(0).regions()).containsExactlyInAnyOrder(Region.of("us-gov-virginia"), Region.of("us-gov-texas"));
        assertThat(issues.get(1).regions()).as("no Regions detail: all regions").isEmpty();
        assertThat(issues).allSatisfy(i -> assertThat(i.clouds()).containsExactly(Cloud.GCC_HIGH));
    }

    @Test
    void withoutACloudAnIssueCoversAllClouds() throws Exception {
        assertThat(allClouds.read("issues.json", resource("graph/issues-page.json")))
                .allSatisfy(i -> assertThat(i.clouds()).isEmpty());
    }

    @Test
    void readsPostsWithTheirContent() throws Exception {
        HealthIssue first = allClouds.read("issues.json", resource("graph/issues-page.json")).get(0);

        assertThat(first.posts()).hasSize(2);
        assertThat(first.posts().get(0).postType()).isEqualTo("regular");
        assertThat(first.posts().get(0).description()).startsWith("<p>Title: Users may be unable");
        assertThat(first.posts().get(1).createdAt()).isEqualTo(Instant.parse("2026-03-10T09:15:00Z"));
    }

    @Test
    void resolvedIssuesAreNotActive() throws Exception {
        List<HealthIssue> issues = allClouds.read("issues.json", resource("graph/issues-page.json"));

        assertThat(issues).filteredOn(i -> i.status() == HealthStatus.SERVICE_RESTORED).singleElement()
                .satisfies(i -> {
                    assertThat(i.isActive()).isFalse();
                    assertThat(i.endedAt()).isPresent();
                });
    }

    @Test
    void readsABareArray() throws Exception {
        assertThat(allClouds.read("issues.json", resource("graph/issues-array.json"))).hasSize(3);
    }

    @Test
    void reportsEveryFaultByJsonPath() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> allClouds.read("issues.json", resource("graph/issues-faults.json")));

        // $.value[1] has the status 'Bogus': a status this build does not know is kept, not refused
        assertThat(refused.faults()).extracting(InputFault::toString).containsExactly(
                "$.value[2].classification: 'outage' is not one of INCIDENT, ADVISORY",
                "$.value[2].startDateTime: is required",
                "$.value[3].isResolved: 'no' is not true or false",
                "$.value[3].details[0].value: 'us gov texas' is not a region name such as us-gov-virginia",
                "$.value[4].posts[1].createdDateTime: 'yesterday' is not an ISO 8601 date-time such as 2024-05-01T14:30:00Z");
    }

    @Test
    void reportsAnEndBeforeTheStartAtTheEndField() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> allClouds.read("x.json",
                json("[{\"id\":\"EX1\",\"title\":\"t\",\"service\":\"Exchange Online\",\"classification\":\"incident\","
                        + "\"status\":\"serviceRestored\",\"startDateTime\":\"2026-03-10T10:00:00Z\","
                        + "\"endDateTime\":\"2026-03-10T09:00:00Z\"}]")));

        assertThat(refused.faults()).singleElement().extracting(InputFault::location).isEqualTo("$[0].endDateTime");
    }

    @Test
    void refusesDatesBeyondTheYear9999AtTheirFields() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> allClouds.read("x.json",
                json("[{\"id\":\"EX1\",\"title\":\"t\",\"service\":\"Exchange Online\",\"classification\":\"incident\","
                        + "\"status\":\"investigating\",\"startDateTime\":\"+999999999-12-31T23:59:59Z\","
                        + "\"posts\":[{\"createdDateTime\":\"-999999999-01-01T00:00:00Z\"}]}]")));

        assertThat(refused.faults()).extracting(InputFault::toString).containsExactly(
                "$[0].startDateTime: +999999999-12-31T23:59:59Z is not between the years 1970 and 9999",
                "$[0].posts[0].createdDateTime: -999999999-01-01T00:00:00Z is not between the years 1970 and 9999");
    }

    @Test
    void reportsAnIdThatAppearsTwice() {
        String issue = "{\"id\":\"EX1\",\"title\":\"t\",\"service\":\"Exchange Online\",\"classification\":\"incident\","
                + "\"status\":\"investigating\",\"startDateTime\":\"2026-03-10T10:00:00Z\"}";
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> allClouds.read("x.json", json("{\"value\":[" + issue + "," + issue + "]}")));

        assertThat(refused.faults()).singleElement()
                .hasToString("$.value[1].id: 'EX1' appears again (first at $.value[0])");
    }

    @Test
    void reportsBrokenJsonByLineAndColumn() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> allClouds.read("x.json", json("{\"value\": [\n  {\"id\": \"EX1\",,}\n]}")));

        assertThat(refused.faults()).singleElement().extracting(InputFault::location).asString()
                .startsWith("x.json line 2, column");
    }

    @Test
    void refusesADocumentThatIsNeitherAPageNorAnArray() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> allClouds.read("x.json", json("{\"@odata.context\":\"x\",\"items\":[]}")));

        assertThat(refused.faults()).singleElement().extracting(InputFault::location).isEqualTo("$");
    }

    @Test
    void reportsAnElementThatIsNotAnObject() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> allClouds.read("x.json", json("[42]")));

        assertThat(refused.faults()).singleElement().hasToString("$[0]: expected a serviceHealthIssue object, found a number");
    }

    @Test
    void readsAHundredThousandIssuesInSeconds() throws Exception {
        StringBuilder page = new StringBuilder("{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata\",\"value\":[");
        for (int i = 0; i < 100_000; i++) {
            if (i > 0) {
                page.append(',');
            }
            page.append("{\"id\":\"EX").append(i).append("\",\"title\":\"Users can't send mail\",")
                    .append("\"service\":\"Exchange Online\",\"feature\":\"Mail flow\",\"featureGroup\":\"E-Mail\",")
                    .append("\"classification\":\"incident\",\"status\":\"ServiceDegradation\",\"isResolved\":false,")
                    .append("\"startDateTime\":\"2026-03-10T10:00:00Z\",\"endDateTime\":null,")
                    .append("\"lastModifiedDateTime\":\"2026-03-10T11:00:00Z\",\"impactDescription\":\"Mail is delayed.\",")
                    .append("\"details\":[{\"name\":\"Regions\",\"value\":\"us-gov-virginia, us-gov-texas\"}],")
                    .append("\"posts\":[{\"createdDateTime\":\"2026-03-10T10:15:00Z\",\"postType\":\"regular\",")
                    .append("\"description\":{\"contentType\":\"html\",\"content\":\"<p>We're investigating.</p>\"}}]}");
        }
        page.append("]}");
        byte[] bytes = page.toString().getBytes(StandardCharsets.UTF_8);

        long started = System.nanoTime();
        List<HealthIssue> issues = allClouds.read("big.json", new ByteArrayInputStream(bytes));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(issues).hasSize(100_000);
        System.out.println("GraphHealthJson read 100000 issues in " + took.toMillis() + " ms");
        // generous bound for a shared CI machine: a regression to quadratic work would take minutes
        assertThat(took).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void readsTheVendorsListPageAndKeepsItsNextLink() throws Exception {
        GraphHealthJson.Page page = allClouds.readPage("issues.json", sample("graph-docs_v1.0_serviceannouncement-list-issues__response.json"));

        assertThat(page.nextLink()).contains("https://graph.microsoft.com/v1.0/admin/serviceAnnouncement/issues?$skip=100");
        assertThat(page.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.id().value()).isEqualTo("EX226792");
            assertThat(issue.status()).isEqualTo(HealthStatus.SERVICE_RESTORED);
            assertThat(issue.classification()).isEqualTo(IssueClassification.INCIDENT);
            assertThat(issue.isActive()).isFalse();
            assertThat(issue.regions()).as("NotifyInApp is not a region").isEmpty();
            assertThat(issue.posts()).singleElement().satisfies(p -> assertThat(p.description()).startsWith("Title: Limited"));
        });
    }

    @Test
    void readsTheVendorsSingleIssue() throws Exception {
        assertThat(allClouds.read("MO226784.json", sample("graph-docs_v1.0_servicehealthissue-get__MO226784_response.json")))
                .singleElement().satisfies(issue -> {
                    assertThat(issue.id().value()).isEqualTo("MO226784");
                    assertThat(issue.service()).isEqualTo("Microsoft 365 suite");
                    assertThat(issue.classification()).isEqualTo(IssueClassification.ADVISORY);
                    assertThat(issue.endedAt()).contains(Instant.parse("2020-11-14T09:45:00Z"));
                });
    }

    @Test
    void readsTheVendorsHealthOverviewsWithAndWithoutTheirIssuesExpanded() throws Exception {
        assertThat(allClouds.read("o.json", sample("graph-docs_v1.0_serviceannouncement-list-healthoverviews__ex2_expand-issues_response.json")))
                .extracting(i -> i.id().value()).containsExactly("EX226574");
        assertThat(allClouds.read("o.json", sample("graph-docs_v1.0_servicehealth-get__ex2_expand-issues_response.json")))
                .extracting(i -> i.id().value()).containsExactly("MO226574");
        assertThat(allClouds.read("o.json", sample("graph-docs_v1.0_serviceannouncement-list-healthoverviews__ex1_response.json")))
                .isEmpty();
        assertThat(allClouds.read("o.json", sample("graph-docs_v1.0_servicehealth-get__ex1_response.json"))).isEmpty();
    }

    @Test
    void keepsReservedAndUnknownStatusesAsWrittenAndAnIssueIsActiveWhileNotResolved() throws Exception {
        String issue = "{\"id\":\"%s\",\"title\":\"t\",\"service\":\"Exchange Online\",\"classification\":\"Incident\","
                + "\"status\":\"%s\",\"isResolved\":%s,\"startDateTime\":\"2026-03-10T10:00:00Z\"}";
        List<HealthIssue> issues = allClouds.read("x.json", json("[" + String.format(issue, "EX1", "unknownFutureValue", "false")
                + "," + String.format(issue, "EX2", "Mitigated", "false") + "," + String.format(issue, "EX3", "partiallyRestored", "true")
                + "," + String.format(issue, "EX4", "Reported", "false") + "]"));

        assertThat(issues).extracting(HealthIssue::status).containsExactly(HealthStatus.UNKNOWN_FUTURE_VALUE,
                HealthStatus.MITIGATED, HealthStatus.UNKNOWN_FUTURE_VALUE, HealthStatus.REPORTED);
        assertThat(issues).extracting(HealthIssue::statusName)
                .containsExactly("unknownFutureValue", "mitigated", "partiallyRestored", "reported");
        assertThat(issues).extracting(HealthIssue::isActive).containsExactly(true, true, false, true);
    }

    static InputStream sample(String name) {
        return resource("vendor-samples/" + name);
    }

    static InputStream resource(String name) {
        return GraphHealthJsonTest.class.getResourceAsStream("/" + name);
    }

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
