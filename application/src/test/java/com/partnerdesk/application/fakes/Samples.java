package com.partnerdesk.application.fakes;

import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.Impact;
import com.partnerdesk.domain.cases.Problem;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.UsersAffected;
import com.partnerdesk.domain.catalogue.ServiceCatalogue;
import com.partnerdesk.domain.catalogue.SupportTopicCatalogue;
import com.partnerdesk.domain.catalogue.SupportTopicId;
import com.partnerdesk.domain.catalogue.VendorService;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.CountryCode;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.Region;
import com.partnerdesk.domain.customer.RelationshipStatus;
import com.partnerdesk.domain.customer.ResellerType;
import com.partnerdesk.domain.customer.SupportPlan;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.health.HealthIssuePost;
import com.partnerdesk.domain.health.HealthStatus;
import com.partnerdesk.domain.health.IssueClassification;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.partner.Contact;
import com.partnerdesk.domain.partner.PartnerProfile;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.servicerequest.Severity;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Realistic sample data shared by the contract tests, the service tests and other modules' tests:
 * US Government tenants (GCC High in us-gov-virginia, DoD in us-dod-east), Exchange Online, Teams, Azure.
 */
public final class Samples {
    public static final ServiceCatalogue SERVICES = ServiceCatalogue.standard();
    public static final SupportTopicCatalogue TOPICS = SupportTopicCatalogue.standard();

    public static final VendorService EXCHANGE = SERVICES.require("service", "Exchange Online");
    public static final VendorService TEAMS = SERVICES.require("service", "Microsoft Teams");
    public static final VendorService SHAREPOINT = SERVICES.require("service", "SharePoint Online");
    public static final VendorService AZURE_VMS = SERVICES.require("service", "Azure Virtual Machines");

    public static final Region US_GOV_VIRGINIA = Region.of("us-gov-virginia");
    public static final Region US_GOV_TEXAS = Region.of("us-gov-texas");
    public static final Region US_DOD_EAST = Region.of("us-dod-east");

    public static final TenantId CONTOSO_ID = TenantId.of("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    public static final TenantId FABRIKAM_ID = TenantId.of("0b8e7d6c-5a4b-4c3d-9e2f-1a0b9c8d7e6f");
    public static final TenantId NORTHWIND_ID = TenantId.of("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
    public static final TenantId TAILSPIN_ID = TenantId.of("d4c3b2a1-6f5e-4b7a-9d8c-5d4c3b2a1f0e");
    public static final TenantId WOODGROVE_ID = TenantId.of("5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9");

    /** 2026-03-10 14:00 UTC: a Tuesday afternoon in Virginia. */
    public static final Instant T0 = Instant.parse("2026-03-10T14:00:00Z");

    public static final String MAIL_FLOW_TOPIC = "32444671";
    public static final String SIGN_IN_TOPIC = "32444672";
    public static final String VM_TOPIC = "32444681";

    private Samples() {
    }

    public static Customer contoso() {
        return new Customer(CONTOSO_ID, "Contoso Defense Solutions", "contosodefense.onmicrosoft.us", Cloud.GCC_HIGH,
                US_GOV_VIRGINIA, RelationshipStatus.ACTIVE, true, SupportPlan.CSP, ResellerType.DIRECT,
                CountryCode.of("US"), List.of(EXCHANGE, TEAMS, SHAREPOINT, AZURE_VMS));
    }

    public static Customer fabrikam() {
        return new Customer(FABRIKAM_ID, "Fabrikam Aerospace", "fabrikamaero.onmicrosoft.us", Cloud.GCC_HIGH,
                US_GOV_VIRGINIA, RelationshipStatus.ACTIVE, true, SupportPlan.CSP, ResellerType.DIRECT,
                CountryCode.of("US"), List.of(EXCHANGE, TEAMS));
    }

    public static Customer northwind() {
        return new Customer(NORTHWIND_ID, "Northwind Federal Logistics", "northwindfed.onmicrosoft.us", Cloud.GCC_HIGH,
                US_GOV_VIRGINIA, RelationshipStatus.ACTIVE, true, SupportPlan.NONE, ResellerType.INDIRECT,
                CountryCode.of("US"), List.of(EXCHANGE, SHAREPOINT));
    }

    public static Customer woodgrove() {
        return new Customer(WOODGROVE_ID, "Woodgrove Systems Integration", "woodgrovesi.onmicrosoft.us", Cloud.GCC_HIGH,
                US_GOV_VIRGINIA, RelationshipStatus.ACTIVE, true, SupportPlan.CSP, ResellerType.DIRECT,
                CountryCode.of("US"), List.of(EXCHANGE));
    }

    /** A DoD tenant whose relationship has expired and grants no support rights. */
    public static Customer tailspin() {
        return new Customer(TAILSPIN_ID, "Tailspin Army Readiness Office", "tailspinaro.onmicrosoft.us", Cloud.DOD,
                US_DOD_EAST, RelationshipStatus.EXPIRED, false, SupportPlan.NONE, ResellerType.DIRECT,
                CountryCode.of("US"), List.of(EXCHANGE, TEAMS));
    }

    public static Problem mailFlowProblem(Instant startedAt, SymptomClassification classification) {
        return new Problem(EXCHANGE, "Outbound mail to .mil recipients queued",
                "Users see NDR 4.4.7 for every message to army.mil since this morning; the connector validates.",
                startedAt, UsersAffected.TENANT, Impact.CRITICAL, classification);
    }

    public static Problem teamsProblem(Instant startedAt, SymptomClassification classification) {
        return new Problem(TEAMS, "Teams meetings drop after 10 minutes",
                "Several users in the Norfolk office are dropped from GCC High meetings.", startedAt,
                UsersAffected.SEVERAL, Impact.MODERATE, classification);
    }

    public static Case newCase(TenantId customer, Problem problem, Instant at) {
        return Case.open(CaseId.random(), customer, problem, "helpdesk@partner.example", at);
    }

    public static HealthIssue exchangeIncident(String id, Instant startedAt, HealthStatus status, Instant lastModified) {
        boolean ended = status.ended();
        return new HealthIssue(HealthIssueId.of(id), "Users may be unable to send mail to external recipients",
                "Exchange Online", "E-Mail and calendar access", IssueClassification.INCIDENT, status, ended, startedAt,
                ended ? Optional.of(lastModified) : Optional.empty(), lastModified,
                "Users in GCC High may see delays sending mail.", Set.of(Cloud.GCC_HIGH), Set.of(US_GOV_VIRGINIA),
                List.of(new HealthIssuePost(startedAt.plusSeconds(600), "regular",
                        "We're investigating a problem with outbound mail flow.")));
    }

    public static HealthIssue teamsAdvisory(String id, Instant startedAt) {
        return new HealthIssue(HealthIssueId.of(id), "Meeting recordings may be delayed", "Microsoft Teams",
                "Teams Components", IssueClassification.ADVISORY, HealthStatus.SERVICE_DEGRADATION, false, startedAt,
                Optional.empty(), startedAt.plusSeconds(300), "Recordings may take longer to appear.",
                Set.of(Cloud.GCC_HIGH, Cloud.DOD), Set.of(), List.of());
    }

    public static Contact partnerContact() {
        return new Contact("Dana Whitfield", Email.of("escalations@federalcloudpartners.example"), "+1 703 555 0142");
    }

    public static PartnerProfile partnerProfile() {
        return new PartnerProfile("Federal Cloud Partners LLC", Optional.of(partnerContact()), false);
    }

    public static ServiceRequest request(TenantId customer, List<CaseId> cases, Optional<ClusterId> cluster,
                                         Instant at) {
        return ServiceRequest.file(ServiceRequestId.random(), customer, cases, cluster,
                "Outbound mail to .mil queued for the whole tenant",
                "Since 13:40 UTC every message to army.mil is deferred with 4.4.7; no health advisory.",
                Severity.CRITICAL, TOPICS.find(SupportTopicId.of(MAIL_FLOW_TOPIC)).orElseThrow(), CountryCode.of("US"),
                partnerContact(), "Federal Cloud Partners LLC", at);
    }

    public static Agent agent(String email, String name, Role... roles) {
        return new Agent(AgentId.random(), Email.of(email), name, EnumSet.copyOf(List.of(roles)), false);
    }
}
