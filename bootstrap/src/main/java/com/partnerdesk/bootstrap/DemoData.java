package com.partnerdesk.bootstrap;

import com.partnerdesk.application.port.in.AddNoteCommand;
import com.partnerdesk.application.port.in.AddNoteUseCase;
import com.partnerdesk.application.port.in.AgentsUseCase;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.ChangeCaseStatusUseCase;
import com.partnerdesk.application.port.in.CloseCaseCommand;
import com.partnerdesk.application.port.in.CustomersUseCase;
import com.partnerdesk.application.port.in.DeliverServiceRequestsUseCase;
import com.partnerdesk.application.port.in.EscalateCaseCommand;
import com.partnerdesk.application.port.in.EscalateCaseUseCase;
import com.partnerdesk.application.port.in.HealthIssuesUseCase;
import com.partnerdesk.application.port.in.ImportCustomersUseCase;
import com.partnerdesk.application.port.in.OpenCaseCommand;
import com.partnerdesk.application.port.in.OpenCaseUseCase;
import com.partnerdesk.application.port.in.ReferenceDataUseCase;
import com.partnerdesk.application.port.in.ResolveCaseCommand;
import com.partnerdesk.application.port.in.ServiceRequestsUseCase;
import com.partnerdesk.application.port.in.UpdatePartnerProfileCommand;
import com.partnerdesk.application.port.in.UpdatePartnerProfileUseCase;
import com.partnerdesk.application.port.in.UpdateServiceRequestCommand;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.cases.Impact;
import com.partnerdesk.domain.cases.NoteKind;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.UsersAffected;
import com.partnerdesk.domain.catalogue.ServiceCatalogue;
import com.partnerdesk.domain.catalogue.VendorService;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.CountryCode;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.Region;
import com.partnerdesk.domain.customer.RelationshipStatus;
import com.partnerdesk.domain.customer.ResellerType;
import com.partnerdesk.domain.customer.SupportPlan;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.escalation.EscalationDraft;
import com.partnerdesk.domain.escalation.Evidence;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.health.HealthIssuePost;
import com.partnerdesk.domain.health.HealthStatus;
import com.partnerdesk.domain.health.IssueClassification;
import com.partnerdesk.domain.partner.Contact;
import com.partnerdesk.domain.partner.PartnerProfile;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import com.partnerdesk.domain.servicerequest.Severity;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small, realistic desk for trying PartnerDesk out: customers in several US Government clouds and regions,
 * a few health issues, cases in every state, and one demo agent per role whose passwords are printed once.
 * Everything goes through the use cases, as the operator "demo".
 */
public final class DemoData {
    private static final Caller DEMO = Caller.operator("demo");

    private final OpenCaseUseCase openCase;
    private final AddNoteUseCase addNote;
    private final EscalateCaseUseCase escalate;
    private final ChangeCaseStatusUseCase changeStatus;
    private final CustomersUseCase customers;
    private final ImportCustomersUseCase importCustomers;
    private final HealthIssuesUseCase health;
    private final ReferenceDataUseCase reference;
    private final UpdatePartnerProfileUseCase partnerProfile;
    private final AgentsUseCase agents;
    private final ServiceRequestsUseCase requests;
    private final DeliverServiceRequestsUseCase delivery;
    private final Clock clock;

    public DemoData(OpenCaseUseCase openCase, AddNoteUseCase addNote, EscalateCaseUseCase escalate,
                    ChangeCaseStatusUseCase changeStatus, CustomersUseCase customers,
                    ImportCustomersUseCase importCustomers, HealthIssuesUseCase health, ReferenceDataUseCase reference,
                    UpdatePartnerProfileUseCase partnerProfile, AgentsUseCase agents, ServiceRequestsUseCase requests, DeliverServiceRequestsUseCase delivery,
                    Clock clock) {
        this.openCase = openCase;
        this.addNote = addNote;
        this.escalate = escalate;
        this.changeStatus = changeStatus;
        this.customers = customers;
        this.importCustomers = importCustomers;
        this.health = health;
        this.reference = reference;
        this.partnerProfile = partnerProfile;
        this.agents = agents;
        this.requests = requests;
        this.delivery = delivery;
        this.clock = clock;
    }

    /** A demo agent: e-mail, name and role. */
    private record DemoAgent(String email, String name, Role role) {
    }

    private static final List<DemoAgent> AGENTS = List.of(
            new DemoAgent("gloria.admin@contoso-federal.us", "Gloria Ramirez", Role.GLOBAL_ADMIN),
            new DemoAgent("arun.agent@contoso-federal.us", "Arun Patel", Role.ADMIN_AGENT),
            new DemoAgent("hana.helpdesk@contoso-federal.us", "Hana Kim", Role.HELPDESK_AGENT),
            new DemoAgent("sam.sales@contoso-federal.us", "Sam Okafor", Role.SALES_AGENT));

    /**
     * Loads the demo desk into a database that holds no customer and no agent; prints each demo agent's role, e-mail
     * and password once. On a database that already holds data it loads nothing and says how to get in, with the
     * commands as {@code partnerdesk} (the launcher, with {@code --db} when needed) runs them.
     */
    public boolean loadIfEmpty(PrintStream out, String partnerdesk) {
        if (!customers.list(DEMO).isEmpty() || !agents.list(DEMO).isEmpty()) {
            out.println("Demo data: this database already holds data, so nothing was loaded (demo passwords are shown"
                    + " only when they are made).");
            out.println("To get in, give an agent a new password:");
            out.println("  " + partnerdesk + " agents list");
            out.println("  " + partnerdesk + " agents password --email " + AGENTS.get(0).email() + " --password-stdin");
            out.println("or start afresh on a new file: ./partnerdesk --db demo-2.db serve --demo");
            return false;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        PartnerProfile profile = new PartnerProfile("Contoso Federal Partners",
                Optional.of(new Contact("Dana Whitfield", Email.of("support@contoso-federal.us"), "+1 703 555 0100")),
                true);
        partnerProfile.update(new UpdatePartnerProfileCommand(DEMO, 0, profile));
        Map<DemoAgent, String> passwords = addAgents();
        Customers c = addCustomers();
        addHealthIssues(now);
        addCases(c, now);
        out.println("Demo data loaded. Demo agents (passwords are shown this once):");
        out.printf("  %-15s %-34s %s%n", "ROLE", "E-MAIL", "PASSWORD");
        passwords.forEach((agent, password) -> out.printf("  %-15s %-34s %s%n", agent.role().label(), agent.email(),
                password));
        return true;
    }

    private Map<DemoAgent, String> addAgents() {
        Map<DemoAgent, String> passwords = new LinkedHashMap<>();
        for (DemoAgent agent : AGENTS) {
            String password = randomPassword();
            agents.add(DEMO, Email.of(agent.email()), agent.name(), EnumSet.of(agent.role()),
                    Optional.of(password.toCharArray()));
            // the demo customers are GCC High and DoD: restricted, seen by screened agents only (ADR 0014)
            agents.setScreened(DEMO, Email.of(agent.email()), true);
            passwords.put(agent, password);
        }
        return passwords;
    }

    private static String randomPassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    private record Customers(Customer tailspin, Customer fabrikam, Customer northwind, Customer litware,
                             Customer adatum, Customer woodgrove, Customer relecloud) {
    }

    private Customers addCustomers() {
        ServiceCatalogue catalogue = new ServiceCatalogue(reference.services(DEMO));
        Customers c = new Customers(
                customer(catalogue, "6f1c2a4e-0d3b-4c55-9a61-1b2f3c4d5e01", "Tailspin Federal Agency", "tailspin.onmicrosoft.us",
                        Cloud.GCC_HIGH, "us-gov-virginia", RelationshipStatus.ACTIVE, true, SupportPlan.CSP, ResellerType.DIRECT,
                        "Exchange Online", "Microsoft Teams", "SharePoint Online", "Azure Virtual Machines"),
                customer(catalogue, "6f1c2a4e-0d3b-4c55-9a61-1b2f3c4d5e02", "Fabrikam County Government", "fabrikamcounty.onmicrosoft.com",
                        Cloud.GCC, "us-gov-virginia", RelationshipStatus.ACTIVE, true, SupportPlan.CSP, ResellerType.DIRECT,
                        "Exchange Online", "Microsoft Teams", "OneDrive for Business", "Microsoft Intune"),
                customer(catalogue, "6f1c2a4e-0d3b-4c55-9a61-1b2f3c4d5e03", "Northwind Defense Logistics", "northwind.onmicrosoft.us",
                        Cloud.DOD, "us-dod-east", RelationshipStatus.ACTIVE, true, SupportPlan.CSP, ResellerType.DIRECT,
                        "Exchange Online", "Microsoft Teams", "Microsoft Entra"),
                customer(catalogue, "6f1c2a4e-0d3b-4c55-9a61-1b2f3c4d5e04", "Litware City Services", "litwarecity.onmicrosoft.com",
                        Cloud.GCC, "us-gov-texas", RelationshipStatus.ACTIVE, true, SupportPlan.NONE, ResellerType.INDIRECT,
                        "Exchange Online", "SharePoint Online", "Azure Storage", "Dynamics 365 Sales"),
                customer(catalogue, "6f1c2a4e-0d3b-4c55-9a61-1b2f3c4d5e05", "Adatum Public Health", "adatumhealth.onmicrosoft.us",
                        Cloud.GCC_HIGH, "us-gov-virginia", RelationshipStatus.ACTIVE, true, SupportPlan.CSP, ResellerType.DIRECT,
                        "Microsoft Teams", "Exchange Online", "Microsoft Intune"),
                customer(catalogue, "6f1c2a4e-0d3b-4c55-9a61-1b2f3c4d5e06", "Woodgrove Regulatory Commission", "woodgrove.onmicrosoft.us",
                        Cloud.GCC_HIGH, "us-gov-virginia", RelationshipStatus.EXPIRED, true, SupportPlan.CSP, ResellerType.DIRECT,
                        "Microsoft Teams", "Exchange Online"),
                customer(catalogue, "6f1c2a4e-0d3b-4c55-9a61-1b2f3c4d5e07", "Relecloud Transit Authority", "relecloud.onmicrosoft.us",
                        Cloud.GCC_HIGH, "us-gov-virginia", RelationshipStatus.ACTIVE, true, SupportPlan.CSP, ResellerType.DIRECT,
                        "Microsoft Teams", "SharePoint Online"));
        importCustomers.importCustomers(DEMO, List.of(c.tailspin, c.fabrikam, c.northwind, c.litware, c.adatum,
                c.woodgrove, c.relecloud));
        return c;
    }

    private static Customer customer(ServiceCatalogue catalogue, String tenant, String name, String domain, Cloud cloud,
                                     String region, RelationshipStatus relationship, boolean supportRights,
                                     SupportPlan plan, ResellerType reseller, String... services) {
        List<VendorService> managed = new ArrayList<>();
        for (String service : services) {
            managed.add(catalogue.require("services", service));
        }
        return new Customer(TenantId.of(tenant), name, domain, cloud, Region.of(region), relationship, supportRights,
                plan, reseller, CountryCode.of("US"), managed);
    }

    private void addHealthIssues(Instant now) {
        health.importIssues(DEMO, List.of(
                issue("EX912345", "Users may be unable to send or receive email", "Exchange Online", IssueClassification.INCIDENT,
                        HealthStatus.SERVICE_DEGRADATION, now.minus(Duration.ofHours(3)), Set.of(Cloud.GCC_HIGH),
                        Set.of(Region.of("us-gov-virginia")),
                        "Mail flow delays in GCC High: messages are queued and delivered late."),
                issue("SP887766", "Some users can't open SharePoint Online sites", "SharePoint Online", IssueClassification.INCIDENT,
                        HealthStatus.SERVICE_INTERRUPTION, now.minus(Duration.ofHours(5)), Set.of(Cloud.GCC),
                        Set.of(Region.of("us-gov-texas")), "Site access failures for users in Texas."),
                issue("MO554433", "Admins may see delayed reporting data", "Microsoft 365 suite", IssueClassification.ADVISORY,
                        HealthStatus.INVESTIGATING, now.minus(Duration.ofHours(30)), Set.of(Cloud.COMMERCIAL), Set.of(),
                        "Usage reports in the admin center lag by up to 48 hours."),
                issue("TM443322", "Teams meetings recordings delayed", "Microsoft Teams", IssueClassification.ADVISORY,
                        HealthStatus.SERVICE_RESTORED, now.minus(Duration.ofDays(2)), Set.of(), Set.of(),
                        "Recordings were delayed; the service is restored.")), n -> { });
    }

    private static HealthIssue issue(String id, String title, String service, IssueClassification classification,
                                     HealthStatus status, Instant start, Set<Cloud> clouds, Set<Region> regions,
                                     String impact) {
        Instant lastModified = status.ended() ? start.plus(Duration.ofHours(4)) : start.plus(Duration.ofMinutes(30));
        return new HealthIssue(HealthIssueId.of(id), title, service, "", classification, status, false, start,
                status.ended() ? Optional.of(start.plus(Duration.ofHours(4))) : Optional.empty(), lastModified,
                impact, clouds, regions, List.of(new HealthIssuePost(start.plus(Duration.ofMinutes(20)), "regular",
                "We're investigating reports of this issue and will provide an update within the hour.")));
    }

    private void addCases(Customers c, Instant now) {
        // Known incident: Tailspin's mail delays match EX912345.
        open(c.tailspin, "Exchange Online", "Outbound mail stuck in the queue",
                "Since this morning, mail to external recipients sits in Outbox for an hour or more.",
                now.minus(Duration.ofHours(2)), UsersAffected.TENANT, Impact.CRITICAL, SymptomClassification.UNAVAILABLE);
        // Partner-resolvable: a licensing question.
        CaseView licence = open(c.fabrikam, "Microsoft Intune", "New laptops not enrolling",
                "Ten new laptops fail Intune enrolment with 'license not assigned'.", now.minus(Duration.ofHours(6)),
                UsersAffected.SEVERAL, Impact.MODERATE, SymptomClassification.CONFIGURATION);
        note(licence, NoteKind.TROUBLESHOOTING, "Checked the users' licences: the Intune plan is missing from the new hires' group.");
        // Escalate: an undocumented behaviour, waiting for the escalation form.
        CaseView undocumented = open(c.northwind, "Microsoft Entra", "Conditional Access ignores named locations",
                "Sign-ins from the headquarters' named location are challenged for MFA although the policy excludes it.",
                now.minus(Duration.ofHours(1)), UsersAffected.SEVERAL, Impact.MODERATE,
                SymptomClassification.UNDOCUMENTED_BEHAVIOUR);
        note(undocumented, NoteKind.TROUBLESHOOTING, "Reproduced with the What If tool; the named location is trusted and IP ranges are correct.");
        // A regional multi-tenant cluster: three GCC High customers in us-gov-virginia cannot join Teams meetings.
        CaseView first = open(c.adatum, "Microsoft Teams", "Cannot join Teams meetings",
                "Joining any meeting spins and fails with error 0x8007.", now.minus(Duration.ofMinutes(50)),
                UsersAffected.TENANT, Impact.CRITICAL, SymptomClassification.UNAVAILABLE);
        open(c.relecloud, "Microsoft Teams", "Teams meetings fail to start",
                "Users get 'We couldn't connect you' when starting meetings.", now.minus(Duration.ofMinutes(40)),
                UsersAffected.TENANT, Impact.CRITICAL, SymptomClassification.UNAVAILABLE);
        CaseView third = open(c.tailspin, "Microsoft Teams", "Teams calls drop after a few seconds",
                "Every call and meeting drops within 10 seconds for all staff.", now.minus(Duration.ofMinutes(30)),
                UsersAffected.TENANT, Impact.CRITICAL, SymptomClassification.UNAVAILABLE);
        // Escalated: the cluster is filed with the vendor as one request, and the vendor asks for information.
        CaseView cluster = refresh(third);
        var request = escalate.escalate(new EscalateCaseCommand(DEMO, cluster.id(), cluster.version(),
                new EscalationDraft(Optional.of("GCC High us-gov-virginia: Teams meetings unavailable for several tenants"),
                        Optional.of("Three customers in GCC High us-gov-virginia cannot join or start Teams meetings since "
                                + first.startedAt() + ". No service health issue is posted."),
                        Optional.of(Severity.CRITICAL), Optional.of("32444673"), Optional.of("US"), Evidence.NONE),
                Optional.empty()));
        if (request.awaitingVendorNumber()) {
            // The portal path: the demo agent filed it and recorded the vendor's number. (Through the vendor's API,
            // the dispatcher delivers it and the vendor gives the number; the demo makes up neither.)
            delivery.recordVendorNumber(DEMO, request.id(), "2611240040001234");
            requests.update(new UpdateServiceRequestCommand(DEMO, request.id(), Optional.of(
                    "Please send a network trace (HAR) from one affected user and the meeting join times."),
                    Optional.of(ServiceRequestStatus.ATTENTION_NEEDED), true));
        }
        // Resolved and closed cases.
        CaseView resolved = open(c.litware, "Exchange Online", "Shared mailbox permissions",
                "A manager cannot open the shared finance mailbox.", now.minus(Duration.ofDays(1)),
                UsersAffected.ONE, Impact.MINIMAL, SymptomClassification.CONFIGURATION);
        resolved = changeStatus.resolve(new ResolveCaseCommand(DEMO, resolved.id(), resolved.version(),
                "Granted Full Access to the manager; automapping now shows the mailbox."));
        CaseView closed = open(c.fabrikam, "Exchange Online", "Out-of-office replies not sent externally",
                "Automatic replies reach internal senders only.", now.minus(Duration.ofDays(3)),
                UsersAffected.ONE, Impact.MINIMAL, SymptomClassification.CONFIGURATION);
        closed = changeStatus.resolve(new ResolveCaseCommand(DEMO, closed.id(), closed.version(),
                "Enabled external automatic replies for the remote domain."));
        changeStatus.close(new CloseCaseCommand(DEMO, closed.id(), closed.version()));
        // Recheck: Litware waited on SP887766, which has now been restored.
        open(c.litware, "SharePoint Online", "Intranet site returns 503",
                "The intranet home page returns HTTP 503 for everyone.", now.minus(Duration.ofHours(4)),
                UsersAffected.TENANT, Impact.MODERATE, SymptomClassification.UNAVAILABLE);
        health.importIssues(DEMO, List.of(issue("SP887766", "Some users can't open SharePoint Online sites",
                "SharePoint Online", IssueClassification.INCIDENT, HealthStatus.SERVICE_RESTORED,
                now.minus(Duration.ofHours(5)), Set.of(Cloud.GCC), Set.of(Region.of("us-gov-texas")),
                "Site access failures for users in Texas; the service is restored.")), n -> { });
    }

    private CaseView open(Customer customer, String service, String title, String description, Instant startedAt,
                          UsersAffected users, Impact impact, SymptomClassification classification) {
        return openCase.open(new OpenCaseCommand(DEMO, customer.tenantId(), service, title, description, startedAt,
                users, impact, classification, Optional.empty()));
    }

    private void note(CaseView view, NoteKind kind, String text) {
        addNote.addNote(new AddNoteCommand(DEMO, view.id(), kind, text));
    }

    private CaseView refresh(CaseView view) {
        return addNote.addNote(new AddNoteCommand(DEMO, view.id(), NoteKind.NOTE,
                "Two more customers in the region report the same: the desk grouped them into one cluster."));
    }

}
