package com.partnerdesk.adapters.cli;

import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;

import com.partnerdesk.domain.servicerequest.UnlinkedVendorRequest;

import com.partnerdesk.domain.servicerequest.Severity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerdesk.adapters.cli.CliTestDesk.Result;
import com.partnerdesk.application.error.AccessDeniedException;
import com.partnerdesk.application.fakes.AgentFilingGateway;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.AuditUseCase;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.ClockMarks;
import com.partnerdesk.domain.cases.HealthCheck;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.TriageOutcome;
import com.partnerdesk.domain.cases.TriageResult;
import com.partnerdesk.domain.cases.EscalationCategory;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CliTestDesk desk = new CliTestDesk();
    private Case escalate;
    private Case fresh;
    private ServiceRequest request;

    @BeforeEach
    void aDeskWithCasesAndAServiceRequest() {
        escalate = Samples.newCase(Samples.CONTOSO_ID,
                Samples.mailFlowProblem(Samples.T0, SymptomClassification.UNAVAILABLE), Samples.T0);
        escalate.recordHealthCheck(new HealthCheck(Samples.T0, List.of()));
        escalate.applyTriage(new TriageOutcome(TriageResult.ESCALATE, Optional.of(EscalationCategory.SERVICE_UNAVAILABLE),
                List.of("no documented issue; service unavailable"), List.of(), Optional.empty(), Optional.empty()),
                "helpdesk@partner.example", Samples.T0);
        fresh = Samples.newCase(Samples.FABRIKAM_ID,
                Samples.teamsProblem(Samples.T0.plusSeconds(60), SymptomClassification.CONFIGURATION), Samples.T0);
        request = Samples.request(Samples.CONTOSO_ID, List.of(escalate.id()), Optional.empty(), Samples.T0);
        desk.storage.unitOfWork().writeVoid(() -> {
            desk.storage.customers().upsert(Samples.contoso());
            desk.storage.customers().upsert(Samples.fabrikam());
            desk.storage.cases().insert(escalate);
            desk.storage.cases().insert(fresh);
            desk.storage.requests().insert(request);
        });
    }

    @Test
    void casesAssignGivesACaseToAnAgentOrToNobody() {
        desk.run("agents", "add", "--email", "ava@partner.example", "--name", "Ava Brooks", "--role", "HELPDESK_AGENT");
        desk.run("agents", "screened", "--email", "ava@partner.example", "--yes"); // Contoso is GCC High: restricted

        Result assigned = desk.run("cases", "assign", escalate.id().value(), "--agent", "ava@partner.example");
        assertThat(assigned.exitCode()).as(assigned.err()).isZero();
        assertThat(assigned.out()).contains("is now owned by Ava Brooks <ava@partner.example>");
        Result released = desk.run("cases", "assign", escalate.id().value(), "--nobody");
        assertThat(released.out()).contains("is now unowned");

        Result both = desk.run("cases", "assign", escalate.id().value(), "--nobody", "--agent", "ava@partner.example");
        assertThat(both.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(both.err()).contains("exactly one of --agent EMAIL or --nobody");
        Result unknown = desk.run("cases", "assign", escalate.id().value(), "--agent", "nobody@partner.example");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("agent: no agent has the e-mail nobody@partner.example");
    }

    @Test
    void casesListFiltersByOwnerAndSorts() throws Exception {
        desk.run("agents", "add", "--email", "ava@partner.example", "--name", "Ava Brooks", "--role", "HELPDESK_AGENT");
        desk.run("agents", "screened", "--email", "ava@partner.example", "--yes"); // Contoso is GCC High: restricted
        desk.run("cases", "assign", fresh.id().value(), "--agent", "ava@partner.example");

        JsonNode avas = JSON.readTree(desk.run("cases", "list", "--owner", "ava@partner.example", "--format", "json").out());
        assertThat(avas).hasSize(1);
        assertThat(avas.get(0).get("id").asText()).isEqualTo(fresh.id().value());
        assertThat(avas.get(0).get("owner").get("name").asText()).isEqualTo("Ava Brooks");
        JsonNode unowned = JSON.readTree(desk.run("cases", "list", "--owner", "none", "--format", "json").out());
        assertThat(unowned).extracting(c -> c.get("id").asText()).doesNotContain(fresh.id().value()).isNotEmpty();
        assertThat(unowned.get(0).get("owner").isNull()).isTrue();
        JsonNode byOwner = JSON.readTree(desk.run("cases", "list", "--sort", "-owner", "--format", "json").out());
        assertThat(byOwner.get(0).get("id").asText()).isEqualTo(fresh.id().value());

        Result badSort = desk.run("cases", "list", "--sort", "colour");
        assertThat(badSort.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badSort.err()).contains("--sort: 'colour' is not a column to sort by");
        Result me = desk.run("cases", "list", "--owner", "me");
        assertThat(me.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(me.err()).contains("owner: the ops operator owns no case");
    }

    @Test
    void casesListKeepsTheClocksAtRiskWithClockAtRisk() throws Exception {
        desk.storage.unitOfWork().writeVoid(() -> desk.storage.cases().recordClock(fresh.id(),
                new ClockMarks(Optional.of(Samples.T0.plusSeconds(600)), Optional.of(Samples.T0.minusSeconds(60)),
                        Optional.empty(), 0)));

        JsonNode atRisk = JSON.readTree(desk.run("cases", "list", "--clock-at-risk", "--format", "json").out());

        assertThat(atRisk).extracting(c -> c.get("id").asText()).containsExactly(fresh.id().value());
        assertThat(JSON.readTree(desk.run("cases", "list", "--format", "json").out())).hasSize(2);
    }

    @Test
    void casesListPrintsAnAlignedTable() {
        Result result = desk.run("cases", "list");

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("id").contains("tenantId", "status", "title");
        int statusColumn = lines.get(0).indexOf("status");
        assertThat(lines.subList(1, 3)).allSatisfy(line -> assertThat(line.charAt(statusColumn - 1)).isEqualTo(' '));
        assertThat(result.out()).contains("TRIAGED", "SERVICE_UNAVAILABLE", "Outbound mail to .mil recipients queued");
    }

    @Test
    void casesListAsJsonCarriesTheStableFieldNames() throws Exception {
        Result result = desk.run("cases", "list", "--status", "triaged", "--format", "json");

        JsonNode cases = JSON.readTree(result.out());
        assertThat(cases.isArray()).isTrue();
        assertThat(cases).hasSize(1);
        JsonNode c = cases.get(0);
        assertThat(c.get("id").asText()).isEqualTo(escalate.id().value());
        assertThat(c.get("tenantId").asText()).isEqualTo(Samples.CONTOSO_ID.value());
        assertThat(c.get("service").asText()).isEqualTo("Exchange Online");
        assertThat(c.get("status").asText()).isEqualTo("TRIAGED");
        assertThat(c.get("impact").asText()).isEqualTo("CRITICAL");
        assertThat(c.get("version").isIntegralNumber()).isTrue();
        assertThat(c.get("triage").get("outcome").asText()).isEqualTo("ESCALATE");
        assertThat(c.get("triage").get("category").asText()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(c.get("triage").has("clusterId")).isTrue();
        assertThat(c.has("serviceRequestId")).isTrue();
        assertThat(c.get("openedAt").asText()).isEqualTo("2026-03-10T14:00:00Z");
    }

    @Test
    void casesListFiltersByCustomer() throws Exception {
        Result result = desk.run("cases", "list", "--tenant-id", Samples.FABRIKAM_ID.value(), "--format", "json");

        assertThat(JSON.readTree(result.out())).singleElement()
                .satisfies(c -> assertThat(c.get("id").asText()).isEqualTo(fresh.id().value()));
    }

    @Test
    void casesListAsCsvHasAHeaderAndQuotedRows() throws Exception {
        Result result = desk.run("cases", "list", "--format", "csv");

        List<Csv.Row> rows = Csv.read(new StringReader(result.out()));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).fields()).startsWith("id", "tenantId");
        assertThat(rows).allSatisfy(r -> assertThat(r.fields()).hasSize(rows.get(0).fields().size()));
    }

    @Test
    void casesListRefusesABadTenantIdOrStatus() {
        Result badTenant = desk.run("cases", "list", "--tenant-id", "contoso");
        Result badStatus = desk.run("cases", "list", "--status", "OPENED");

        assertThat(badTenant.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badTenant.errLines()).containsExactly("partnerdesk: tenantId: 'contoso' is not a GUID");
        assertThat(badStatus.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badStatus.errLines()).singleElement().asString().contains("--status", "OPENED", "WAITING_ON_INCIDENT");
    }

    @Test
    void anUnknownFormatIsBadUsage() {
        Result result = desk.run("cases", "list", "--format", "xml");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("--format", "xml");
    }

    @Test
    void requestsListUsesTheVendorsFieldNames() throws Exception {
        Result result = desk.run("requests", "list", "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode r = JSON.readTree(result.out()).get(0);
        assertThat(r.get("id").asText()).isEqualTo(request.id().value());
        assertThat(r.get("severity").asText()).isEqualTo("critical");
        assertThat(r.get("status").asText()).isEqualTo(request.status().vendorName());
        assertThat(r.get("supportTopicId").asText()).isEqualTo(Samples.MAIL_FLOW_TOPIC);
        assertThat(r.get("supportTopicName").asText()).isEqualTo("Mail flow");
        assertThat(r.get("productName").asText()).isEqualTo("Office 365");
        assertThat(r.get("countryCode").asText()).isEqualTo("US");
        assertThat(r.get("primaryContact").get("email").asText()).isEqualTo("escalations@federalcloudpartners.example");
        assertThat(r.get("organization").asText()).isEqualTo("Federal Cloud Partners LLC");
        assertThat(r.get("notes").isArray()).isTrue();
        assertThat(r.get("createdDate").asText()).isEqualTo("2026-03-10T14:00:00Z");
        assertThat(r.has("lastModifiedDate")).isTrue();
        assertThat(r.has("lastClosedDate")).isTrue();
        assertThat(r.get("caseIds").get(0).asText()).isEqualTo(escalate.id().value());
    }

    @Test
    void requestsShowPrintsThePrefilledRequestAndTheDashboardLinkInTheCustomersContext() {
        Result result = desk.run("requests", "show", "--id", request.id().value());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("awaiting the vendor's number")
                .contains("File it in the partner dashboard, in the customer's context: "
                        + AgentFilingGateway.linkFor(Samples.CONTOSO_ID.value()))
                .contains("  1. ")
                .contains("Office 365", "Mail flow (" + Samples.MAIL_FLOW_TOPIC + ")", "critical", "US")
                .contains("Outbound mail to .mil queued for the whole tenant")
                .contains("Dana Whitfield <escalations@federalcloudpartners.example>, +1 703 555 0142")
                .contains("partnerdesk requests record --id " + request.id().value() + " --vendor-number");
    }

    @Test
    void requestsShowNamesTheProductsPortalAndOffersTheCustomersUnlinkedVendorRequests() {
        desk.storage.unitOfWork().writeVoid(() -> desk.storage.requests().replaceUnlinked(Samples.CONTOSO_ID, List.of(
                new UnlinkedVendorRequest(Samples.CONTOSO_ID, "615112491169011", "Outbound mail queued",
                        Severity.CRITICAL, Optional.of(ServiceRequestStatus.OPEN), Optional.empty(), Samples.T0))));

        Result result = desk.run("requests", "show", "--id", request.id().value());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("The dashboard sends you on to ")
                .contains("The vendor holds these for the customer under numbers no request here carries")
                .contains("615112491169011  critical, open, no date  Outbound mail queued")
                .contains("Link the one that is this request: partnerdesk requests record --id " + request.id().value());
    }

    @Test
    void requestsShowAsJsonCarriesTheFilingLinkAndSteps() throws Exception {
        Result result = desk.run("requests", "show", "--id", request.id().value(), "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode r = JSON.readTree(result.out());
        assertThat(r.get("id").asText()).isEqualTo(request.id().value());
        assertThat(r.get("awaitingVendorNumber").asBoolean()).isTrue();
        assertThat(r.get("filingLink").asText()).isEqualTo(AgentFilingGateway.linkFor(Samples.CONTOSO_ID.value()));
        assertThat(r.get("filingSteps").size()).isPositive();
    }

    @Test
    void requestsShowRefusesAMalformedIdWithTwoAndAnUnknownOneWithOne() {
        Result malformed = desk.run("requests", "show", "--id", "SR-1");
        Result unknown = desk.run("requests", "show", "--id", "11111111-2222-4333-8444-555555555555");
        Result csv = desk.run("requests", "show", "--id", request.id().value(), "--format", "csv");
        Result missing = desk.run("requests", "show");

        assertThat(malformed.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(malformed.err()).contains("--id", "'SR-1' is not a service request id");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(unknown.err()).contains("was not found");
        assertThat(csv.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("--id");
    }

    @Test
    void requestsListFiltersByTheVendorsStatusName() {
        Result closed = desk.run("requests", "list", "--status", "closed", "--format", "csv");
        Result bad = desk.run("requests", "list", "--status", "pending");

        assertThat(closed.exitCode()).isZero();
        assertThat(closed.out().lines()).hasSize(1);
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.errLines()).singleElement().asString().startsWith("partnerdesk: status: 'pending' is not one of");
        assertThat(desk.run("requests", "list").out()).contains("Outbound mail to .mil queued", "critical");
    }

    @Test
    void auditExportWritesTheOperatorsActionsAsJsonAndCsv() throws Exception {
        desk.run("agents", "add", "--email", "a@partner.example", "--name", "A", "--role", "ADMIN_AGENT");

        Result json = desk.run("audit", "export");
        Result csv = desk.run("audit", "export", "--format", "csv", "--since", "2026-03-10T00:00:00Z");

        JsonNode events = JSON.readTree(json.out());
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("actor").asText()).isEqualTo(CliTestDesk.OPERATOR);
            assertThat(e.get("actorKind").asText()).isEqualTo("OPERATOR");
            assertThat(e.get("action").asText()).isEqualTo("agent.add");
            assertThat(e.get("channel").asText()).isEqualTo("CLI");
            assertThat(e.get("outcome").asText()).isEqualTo("ALLOWED");
        });
        assertThat(csv.out()).startsWith("at,actor,actorKind,roles,action,customer,caseId,channel,outcome,detail\r\n")
                .contains("ops-jane,OPERATOR,,agent.add");
    }

    @Test
    void auditExportRefusesABadInstantAndTheTableFormat() {
        Result badSince = desk.run("audit", "export", "--since", "last tuesday");
        Result table = desk.run("audit", "export", "--format", "table");

        assertThat(badSince.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badSince.err()).contains("--since: 'last tuesday' is not an ISO 8601 instant");
        assertThat(table.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void reportEscalationsPrintsATableAndJson() throws Exception {
        Result table = desk.run("report", "escalations", "--since", "2026-03-01T00:00:00Z");
        Result json = desk.run("report", "escalations", "--since", "2026-03-01T00:00:00Z", "--format", "json");

        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("cases opened", "escalation rate", "CATEGORY");
        JsonNode report = JSON.readTree(json.out());
        assertThat(report.get("since").asText()).isEqualTo("2026-03-01T00:00:00Z");
        assertThat(report.has("casesOpened")).isTrue();
        assertThat(report.has("byCategory")).isTrue();
    }

    @Test
    void aDeniedActionExitsWithOne() {
        AuditUseCase denying = new DenyingAudit();
        CliFactory.Services s = desk.services(new ByteArrayInputStream(new byte[0]));
        CliFactory factory = new CliFactory(new CliFactory.Services(s.session(), s.database(), s.agents(),
                s.customers(), s.importCustomers(), s.referenceData(), s.health(), s.syncHealth(), s.healthSyncStatus(),
                s.cases(), s.requests(), denying, s.metrics(), s.showPartner(), s.updatePartner(), s.groupMappings(),
                s.secondFactor(), s.changeOwner(), s.showClock(), s.updateClock()));

        Result result = CliTestDesk.run(factory, "audit", "export");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.errLines()).containsExactly("partnerdesk: access denied: Not allowed to read the audit trail");
    }

    /** An audit use case that refuses everything, as it would a caller without the permission. */
    private static final class DenyingAudit implements AuditUseCase {
        private static AccessDeniedException denied() {
            return new AccessDeniedException("Not allowed to read the audit trail", null);
        }

        @Override
        public List<com.partnerdesk.domain.audit.AuditEvent> since(com.partnerdesk.application.port.in.Caller caller,
                                                                   Optional<java.time.Instant> since, int limit) {
            throw denied();
        }

        @Override
        public List<com.partnerdesk.domain.audit.ChainedEvent> chainedSince(
                com.partnerdesk.application.port.in.Caller caller, Optional<java.time.Instant> since, int limit) {
            throw denied();
        }

        @Override
        public ChainReport verify(com.partnerdesk.application.port.in.Caller caller) {
            throw denied();
        }

        @Override
        public ChainReport verify(com.partnerdesk.application.port.in.Caller caller,
                                  List<com.partnerdesk.domain.audit.ChainedEvent> exported) {
            throw denied();
        }

        @Override
        public RetentionReport applyRetention(com.partnerdesk.application.port.in.Caller caller) {
            throw denied();
        }

        @Override
        public List<com.partnerdesk.domain.audit.AuditEvent> find(com.partnerdesk.application.port.in.Caller caller,
                                                                  com.partnerdesk.application.port.in.AuditSearch search) {
            throw denied();
        }

        @Override
        public List<com.partnerdesk.domain.audit.AuditEvent> export(com.partnerdesk.application.port.in.Caller caller,
                                                                    com.partnerdesk.application.port.in.AuditSearch search) {
            throw denied();
        }

        @Override
        public List<String> actions(com.partnerdesk.application.port.in.Caller caller) {
            throw denied();
        }
    }
}
