package com.partnerdesk.application.fakes;

import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.service.AddNoteService;
import com.partnerdesk.application.service.AgentsService;
import com.partnerdesk.application.service.ApiTokens;
import com.partnerdesk.application.service.ChangeOwnerService;
import com.partnerdesk.application.service.AuditService;
import com.partnerdesk.application.service.AuthenticateService;
import com.partnerdesk.application.service.CaseSupport;
import com.partnerdesk.application.service.ClockKeepingCases;
import com.partnerdesk.application.service.ShowCustomerClockService;
import com.partnerdesk.application.service.UpdateCustomerClockService;
import com.partnerdesk.application.service.CaseTriage;
import com.partnerdesk.application.service.ChangeCaseStatusService;
import com.partnerdesk.application.service.CustomersService;
import com.partnerdesk.application.service.CustomerOverviewService;
import com.partnerdesk.application.service.AbilitiesService;
import com.partnerdesk.application.service.AskForEscalationService;
import com.partnerdesk.application.service.EscalationDraftsService;
import com.partnerdesk.application.service.DeliveryPolicy;
import com.partnerdesk.application.service.DeliveryService;
import com.partnerdesk.application.service.NotificationChannels;
import com.partnerdesk.application.service.NotificationsService;
import com.partnerdesk.application.service.SendCustomerUpdateService;
import com.partnerdesk.application.service.Notifier;
import com.partnerdesk.application.service.EscalateCaseService;
import com.partnerdesk.application.service.EscalationMetricsService;
import com.partnerdesk.application.service.FindCasesService;
import com.partnerdesk.application.service.Guard;
import com.partnerdesk.application.service.GroupMappingsService;
import com.partnerdesk.application.service.IdentitySignInService;
import com.partnerdesk.application.service.SecondFactorService;
import com.partnerdesk.application.port.out.IdentityProvider;
import com.partnerdesk.application.service.HealthIssuesService;
import com.partnerdesk.application.service.SyncHealthService;
import com.partnerdesk.application.port.out.HealthDocuments;
import com.partnerdesk.application.port.out.HealthFeed;
import com.partnerdesk.application.service.OpenCaseService;
import com.partnerdesk.application.service.ReferenceDataService;
import com.partnerdesk.application.service.ShowPartnerProfileService;
import com.partnerdesk.application.service.UpdatePartnerProfileService;
import com.partnerdesk.application.port.in.PartnerProfileView;
import com.partnerdesk.application.port.in.UpdatePartnerProfileCommand;
import com.partnerdesk.domain.partner.PartnerProfile;
import com.partnerdesk.application.service.ServiceRequestsService;
import com.partnerdesk.application.service.TriageCaseService;
import com.partnerdesk.application.service.VendorAnswers;
import com.partnerdesk.application.port.out.PasswordHasher;
import com.partnerdesk.application.port.out.VendorGateway;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.PermissionPolicy;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.audit.Channel;
import com.partnerdesk.domain.escalation.EscalationReadiness;
import com.partnerdesk.domain.triage.ClusterRule;
import com.partnerdesk.domain.triage.TriagePolicy;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The whole desk wired over one set of storage ports, as the composition root wires it: every service of
 * the application with the domain's PermissionPolicy, TriagePolicy and EscalationReadiness. Service tests
 * use it in memory; CLI and web tests can use it over any StoragePorts. Service requests go out through the
 * given vendor gateway; unless told otherwise, one that leaves filing to the agent (the portal path).
 */
public final class Desk {
    private final StoragePorts storage;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final VendorGateway gateway;
    private final PermissionPolicy permissions = new PermissionPolicy();
    private final TriagePolicy triagePolicy;
    private final EscalationReadiness readiness;
    private final ApiTokens apiTokens = new ApiTokens();
    private final Guard guard;
    private final ClockKeepingCases cases;
    private final ShowCustomerClockService showCustomerClock;
    private final UpdateCustomerClockService updateCustomerClock;
    private final CaseSupport support;
    private final CaseTriage caseTriage;
    private final OpenCaseService openCase;
    private final TriageCaseService triageCase;
    private final AddNoteService addNote;
    private final EscalateCaseService escalateCase;
    private final ChangeCaseStatusService changeCaseStatus;
    private final FindCasesService findCases;
    private final CustomersService customers;
    private final CustomerOverviewService customerOverview;
    private final AbilitiesService abilities;
    private final EscalationDraftsService escalationDrafts;
    private final AskForEscalationService askForEscalation;
    private final HealthIssuesService healthIssues;
    private final SyncHealthService syncHealth;
    private final ReferenceDataService referenceData;
    private final ShowPartnerProfileService showPartnerProfile;
    private final UpdatePartnerProfileService updatePartnerProfile;
    private final AgentsService agents;
    private final ChangeOwnerService changeOwner;
    private final AuthenticateService authenticate;
    private final VendorAnswers vendorAnswers;
    private final ServiceRequestsService serviceRequests;
    private final AuditService audit;
    private final EscalationMetricsService escalationMetrics;
    private final DeliveryService delivery;
    private final GroupMappingsService groupMappings;
    private final SecondFactorService secondFactor;
    private final Notifier notifier;
    private final RecordingSenders senders = new RecordingSenders();
    private final NotificationsService notifications;
    private final SendCustomerUpdateService customerUpdates;

    public Desk(StoragePorts storage, Clock clock, PasswordHasher hasher, ClusterRule clusterRule) {
        this(storage, clock, hasher, clusterRule, new AgentFilingGateway());
    }

    /** Where retention archives audit events before pruning them. */
    public final InMemoryAuditArchive auditArchive = new InMemoryAuditArchive();

    public Desk(StoragePorts storage, Clock clock, PasswordHasher hasher, ClusterRule clusterRule,
                VendorGateway gateway) {
        this(storage, clock, hasher, clusterRule, gateway, NO_DOCUMENTS, NO_FEED);
    }

    /** A desk that reads no health documents: the readers live in adapters, which this test jar does not see. */
    public static final HealthDocuments NO_DOCUMENTS = (source, in, clouds) -> {
        throw new IllegalStateException("this desk was built without a health document reader");
    };
    /** A desk that reads no vendor feed: every reading says so. */
    public static final HealthFeed NO_FEED = (customer, since) -> {
        throw new HealthFeed.Unavailable("no health feed is configured", Optional.empty());
    };

    public Desk(StoragePorts storage, Clock clock, PasswordHasher hasher, ClusterRule clusterRule,
                VendorGateway gateway, HealthDocuments documents, HealthFeed feed) {
        this.storage = storage;
        this.clock = clock;
        this.hasher = hasher;
        this.gateway = gateway;
        this.triagePolicy = new TriagePolicy(clusterRule);
        this.readiness = new EscalationReadiness(permissions);
        this.guard = new Guard(permissions, storage.audit(), storage.unitOfWork(), clock, storage.customers());
        ClockKeepingCases cases = new ClockKeepingCases(storage.cases(), storage.partner(), clock);
        this.cases = cases;
        this.support = new CaseSupport(cases, storage.customers(), storage.agents(), storage.requests(), storage.outbox(),
                gateway, storage.partner(), clock);
        this.notifier = new Notifier(storage.notifications(), storage.agents(), storage.mailPreferences(),
                NotificationChannels.BOTH);
        this.caseTriage = new CaseTriage(triagePolicy, storage.health(), cases, storage.clusters(),
                storage.requests(), notifier);
        this.openCase = new OpenCaseService(guard, support, cases, caseTriage, storage.idempotency());
        this.triageCase = new TriageCaseService(guard, support, cases, caseTriage);
        this.addNote = new AddNoteService(guard, support, cases);
        this.escalateCase = new EscalateCaseService(guard, support, cases, storage.clusters(),
                storage.requests(), storage.outbox(), storage.reference(), storage.partner(), readiness,
                storage.idempotency(), storage.drafts());
        this.escalationDrafts = new EscalationDraftsService(guard, support, storage.drafts());
        this.askForEscalation = new AskForEscalationService(guard, support, cases, notifier);
        this.changeCaseStatus = new ChangeCaseStatusService(guard, support, cases);
        this.findCases = new FindCasesService(guard, support, cases, storage.versions(), clock);
        this.customers = new CustomersService(guard, support, storage.customers());
        this.customerOverview = new CustomerOverviewService(guard, support, cases, storage.requests(),
                storage.health());
        this.abilities = new AbilitiesService(permissions);
        this.healthIssues = new HealthIssuesService(guard, storage.health(), cases, storage.customers(),
                documents, notifier);
        this.syncHealth = new SyncHealthService(guard, storage.customers(), storage.health(), cases,
                storage.healthSync(), feed, notifier);
        this.referenceData = new ReferenceDataService(guard, storage.reference());
        this.showPartnerProfile = new ShowPartnerProfileService(guard, storage.partner());
        this.updatePartnerProfile = new UpdatePartnerProfileService(guard, storage.partner());
        this.showCustomerClock = new ShowCustomerClockService(guard, storage.partner());
        this.updateCustomerClock = new UpdateCustomerClockService(guard, storage.partner(), cases);
        this.agents = new AgentsService(guard, storage.agents(), hasher, apiTokens, support, cases);
        this.changeOwner = new ChangeOwnerService(guard, support, storage.agents(), cases, notifier);
        this.authenticate = new AuthenticateService(storage.agents(), hasher, storage.audit(), storage.unitOfWork(), clock,
                storage.versions());
        this.vendorAnswers = new VendorAnswers(storage.requests(), cases, clock, notifier);
        this.serviceRequests = new ServiceRequestsService(guard, support, storage.requests(), vendorAnswers,
                storage.outbox());
        this.audit = new AuditService(guard, storage.audit(), auditArchive, java.time.Duration.ofDays(365));
        this.escalationMetrics = new EscalationMetricsService(guard, cases, storage.requests());
        this.delivery = new DeliveryService(guard, support, storage.requests(), cases, storage.customers(),
                storage.outbox(),
                gateway, vendorAnswers, DeliveryPolicy.DEFAULT, new SplittableRandom(7), notifier);
        this.groupMappings = new GroupMappingsService(guard, storage.groupMappings());
        this.secondFactor = new SecondFactorService(guard, storage.agents(), storage.secondFactors(), storage.audit(),
                storage.unitOfWork());
        this.customerUpdates = new SendCustomerUpdateService(guard, support, storage.cases(), storage.clusters(),
                storage.health(), notifier);
        this.notifications = new NotificationsService(guard, storage.notifications(), notifier,
                storage.mailPreferences(), storage.requests(), storage.cases(), storage.partner(), Optional.of(senders),
                Optional.of(senders), DeliveryPolicy.DEFAULT, new SplittableRandom(11));
    }

    public Desk(StoragePorts storage, Clock clock) {
        this(storage, clock, new FakePasswordHasher(), ClusterRule.DEFAULT);
    }

    /** An empty in-memory desk whose clock stands at {@link Samples#T0}. */
    public static Desk inMemory() {
        return new Desk(InMemoryStorage.create(), MutableClock.at(Samples.T0));
    }

    /**
     * An in-memory desk with the sample customers (Contoso, Fabrikam, Northwind, Woodgrove in GCC High
     * us-gov-virginia; Tailspin in DoD) and the partner's profile with its primary contact.
     */
    public static Desk inMemoryWithSamples() {
        Desk desk = inMemory();
        desk.seedSamples();
        return desk;
    }

    /** Imports the sample customers and saves the partner's profile, as the operator. */
    public Desk seedSamples() {
        Caller operator = Caller.operator("setup");
        customers.importCustomers(operator, List.of(Samples.contoso(), Samples.fabrikam(), Samples.northwind(),
                Samples.woodgrove(), Samples.tailspin()));
        savePartner(operator, Samples.partnerProfile());
        return this;
    }

    // --- callers, one per role -------------------------------------------------------------------

    /** An agent screened for restricted customers (the sample customers are GCC High and DoD: restricted). */
    public static Caller caller(String email, Channel channel, Role... roles) {
        return caller(true, email, channel, roles);
    }

    /** An agent who is not screened: restricted customers' records do not exist for them. */
    public static Caller unscreened(String email, Channel channel, Role... roles) {
        return caller(false, email, channel, roles);
    }

    private static Caller caller(boolean screened, String email, Channel channel, Role... roles) {
        String name = email.substring(0, email.indexOf('@'));
        return new Caller(new Actor.AgentActor(AgentId.of(java.util.UUID.nameUUIDFromBytes(email.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).toString()), Email.of(email), name,
                EnumSet.copyOf(List.of(roles)), screened), channel);
    }

    public static Caller globalAdmin() {
        return caller("grace.admin@federalcloudpartners.example", Channel.WEB, Role.GLOBAL_ADMIN);
    }

    public static Caller adminAgent() {
        return caller("adam.agent@federalcloudpartners.example", Channel.WEB, Role.ADMIN_AGENT);
    }

    public static Caller helpdesk() {
        return caller("hannah.helpdesk@federalcloudpartners.example", Channel.WEB, Role.HELPDESK_AGENT);
    }

    public static Caller salesAgent() {
        return caller("sam.sales@federalcloudpartners.example", Channel.WEB, Role.SALES_AGENT);
    }

    public static Caller operator() {
        return Caller.operator("ops@pd-host-01");
    }

    // --- accessors -------------------------------------------------------------------------------------

    public StoragePorts storage() {
        return storage;
    }

    public Clock clock() {
        return clock;
    }

    /** The clock, when it is a {@link MutableClock} (as for {@link #inMemory()}). */
    public MutableClock mutableClock() {
        if (clock instanceof MutableClock mutable) {
            return mutable;
        }
        throw new IllegalStateException("this desk runs on " + clock + ", not a MutableClock");
    }

    public VendorGateway vendorGateway() {
        return gateway;
    }

    public PasswordHasher passwordHasher() {
        return hasher;
    }

    public PermissionPolicy permissions() {
        return permissions;
    }

    public TriagePolicy triagePolicy() {
        return triagePolicy;
    }

    public EscalationReadiness readiness() {
        return readiness;
    }

    public ApiTokens apiTokens() {
        return apiTokens;
    }

    public Guard guard() {
        return guard;
    }

    /** The case store the use cases write through: it keeps each case's customer clock marks. */
    public ClockKeepingCases cases() {
        return cases;
    }

    public ShowCustomerClockService showCustomerClock() {
        return showCustomerClock;
    }

    public UpdateCustomerClockService updateCustomerClock() {
        return updateCustomerClock;
    }

    public CaseSupport caseSupport() {
        return support;
    }

    public CaseTriage caseTriage() {
        return caseTriage;
    }

    public OpenCaseService openCase() {
        return openCase;
    }

    public TriageCaseService triageCase() {
        return triageCase;
    }

    public AddNoteService addNote() {
        return addNote;
    }

    public EscalateCaseService escalateCase() {
        return escalateCase;
    }

    public ChangeCaseStatusService changeCaseStatus() {
        return changeCaseStatus;
    }

    public FindCasesService findCases() {
        return findCases;
    }

    /** Also the ImportCustomersUseCase. */
    public CustomersService customers() {
        return customers;
    }

    public CustomerOverviewService customerOverview() {
        return customerOverview;
    }

    public AskForEscalationService askForEscalation() {
        return askForEscalation;
    }

    public EscalationDraftsService escalationDrafts() {
        return escalationDrafts;
    }

    public AbilitiesService abilities() {
        return abilities;
    }

    public SyncHealthService syncHealth() {
        return syncHealth;
    }

    public HealthIssuesService healthIssues() {
        return healthIssues;
    }

    public ShowPartnerProfileService showPartnerProfile() {
        return showPartnerProfile;
    }

    public UpdatePartnerProfileService updatePartnerProfile() {
        return updatePartnerProfile;
    }

    /** Saves {@code profile} over whatever version is stored, as {@code caller}. */
    public PartnerProfileView savePartner(Caller caller, PartnerProfile profile) {
        long version = showPartnerProfile.show(caller).version();
        return updatePartnerProfile.update(new UpdatePartnerProfileCommand(caller, version, profile));
    }

    public ReferenceDataService referenceData() {
        return referenceData;
    }

    public ChangeOwnerService changeOwner() {
        return changeOwner;
    }

    public AgentsService agents() {
        return agents;
    }

    public GroupMappingsService groupMappings() {
        return groupMappings;
    }

    public SecondFactorService secondFactor() {
        return secondFactor;
    }

    /** Sign-in through {@code provider} (none: the desk offers no such sign-in), multi-factor required or not. */
    public IdentitySignInService identitySignIn(Optional<IdentityProvider> provider, boolean requireMfa) {
        return identitySignIn(provider, requireMfa, true);
    }

    /** The same, with password sign-in offered or turned off. */
    public IdentitySignInService identitySignIn(Optional<IdentityProvider> provider, boolean requireMfa,
                                                boolean localSignIn) {
        return new IdentitySignInService(provider, storage.groupMappings(), storage.agentIdentities(),
                storage.agents(), storage.audit(), storage.unitOfWork(), clock, requireMfa, localSignIn);
    }

    public AuthenticateService authenticate() {
        return authenticate;
    }

    public VendorAnswers vendorAnswers() {
        return vendorAnswers;
    }

    public ServiceRequestsService serviceRequests() {
        return serviceRequests;
    }

    public AuditService audit() {
        return audit;
    }

    public EscalationMetricsService escalationMetrics() {
        return escalationMetrics;
    }

    /** The outbox dispatcher and the recording of the vendor's number, over this desk's gateway. */
    public Notifier notifier() {
        return notifier;
    }

    /** The mail server and webhook receiver the desk's notifications reach. */
    public RecordingSenders senders() {
        return senders;
    }

    public SendCustomerUpdateService customerUpdates() {
        return customerUpdates;
    }

    public NotificationsService notifications() {
        return notifications;
    }

    public DeliveryService delivery() {
        return delivery;
    }
}
