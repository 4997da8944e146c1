package com.partnerdesk.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.partnerdesk.application.port.in.AddNoteUseCase;
import com.partnerdesk.application.port.in.AgentsUseCase;
import com.partnerdesk.application.port.in.GroupMappingsUseCase;
import com.partnerdesk.application.port.in.SecondFactorUseCase;
import com.partnerdesk.application.port.out.GroupMappings;
import com.partnerdesk.application.port.out.SecondFactors;
import com.partnerdesk.application.service.GroupMappingsService;
import com.partnerdesk.application.service.SecondFactorService;
import com.partnerdesk.application.port.in.ChangeOwnerUseCase;
import com.partnerdesk.application.port.in.AuditUseCase;
import com.partnerdesk.application.port.in.AuthenticateUseCase;
import com.partnerdesk.application.port.in.ChangeCaseStatusUseCase;
import com.partnerdesk.application.port.in.CustomersUseCase;
import com.partnerdesk.application.port.in.EscalateCaseUseCase;
import com.partnerdesk.application.port.in.EscalationMetricsUseCase;
import com.partnerdesk.application.port.in.FindCasesUseCase;
import com.partnerdesk.application.port.in.HealthIssuesUseCase;
import com.partnerdesk.application.port.in.HealthSyncStatusUseCase;
import com.partnerdesk.application.port.in.SyncHealthUseCase;
import com.partnerdesk.application.port.in.ImportCustomersUseCase;
import com.partnerdesk.application.port.in.OpenCaseUseCase;
import com.partnerdesk.application.port.in.ReferenceDataUseCase;
import com.partnerdesk.application.port.in.ServiceRequestsUseCase;
import com.partnerdesk.application.port.in.ShowCustomerClockUseCase;
import com.partnerdesk.application.port.in.ShowPartnerProfileUseCase;
import com.partnerdesk.application.port.in.UpdateCustomerClockUseCase;
import com.partnerdesk.application.port.in.UpdatePartnerProfileUseCase;
import com.partnerdesk.application.port.in.TriageCaseUseCase;
import com.partnerdesk.application.port.out.AgentRepository;
import com.partnerdesk.application.port.out.AuditArchive;
import com.partnerdesk.application.port.out.AuditTrail;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.application.port.out.ClusterRepository;
import com.partnerdesk.application.port.out.CustomerRepository;
import com.partnerdesk.application.port.out.DataVersions;
import com.partnerdesk.application.port.out.HealthDocuments;
import com.partnerdesk.application.port.out.HealthFeed;
import com.partnerdesk.application.port.out.HealthIssueRepository;
import com.partnerdesk.application.port.out.HealthSyncStatusRepository;
import com.partnerdesk.application.port.out.IdempotencyKeys;
import com.partnerdesk.application.port.out.PartnerSettings;
import com.partnerdesk.application.port.out.PasswordHasher;
import com.partnerdesk.application.port.out.ReferenceData;
import com.partnerdesk.application.port.out.ServiceRequestRepository;
import com.partnerdesk.application.port.out.UnitOfWork;
import com.partnerdesk.application.port.out.VendorGateway;
import com.partnerdesk.application.port.out.VendorOutbox;
import com.partnerdesk.application.service.AddNoteService;
import com.partnerdesk.application.service.AgentsService;
import com.partnerdesk.application.service.ChangeOwnerService;
import com.partnerdesk.application.service.ApiTokens;
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
import com.partnerdesk.application.port.in.CustomerOverviewUseCase;
import com.partnerdesk.adapters.persistence.Argon2idPasswordHasher;
import com.partnerdesk.application.port.in.AbilitiesUseCase;
import com.partnerdesk.application.port.in.AskForEscalationUseCase;
import com.partnerdesk.application.service.AskForEscalationService;
import com.partnerdesk.application.port.in.EscalationDraftsUseCase;
import com.partnerdesk.application.port.out.EscalationDrafts;
import com.partnerdesk.application.service.EscalationDraftsService;
import com.partnerdesk.application.service.EscalateCaseService;
import com.partnerdesk.application.service.EscalationMetricsService;
import com.partnerdesk.application.service.FindCasesService;
import com.partnerdesk.application.service.Guard;
import com.partnerdesk.application.service.HealthIssuesService;
import com.partnerdesk.application.service.SyncHealthService;
import com.partnerdesk.application.service.OpenCaseService;
import com.partnerdesk.application.service.ReferenceDataService;
import com.partnerdesk.application.service.ServiceRequestsService;
import com.partnerdesk.application.service.ShowPartnerProfileService;
import com.partnerdesk.application.service.UpdatePartnerProfileService;
import com.partnerdesk.application.service.TriageCaseService;
import com.partnerdesk.application.service.VendorAnswers;
import com.partnerdesk.application.service.Notifier;
import com.partnerdesk.domain.agent.PermissionPolicy;
import com.partnerdesk.domain.escalation.EscalationReadiness;
import com.partnerdesk.domain.triage.ClusterRule;
import com.partnerdesk.domain.triage.TriagePolicy;
import java.time.Clock;

/** The use cases, built from the domain's policies and the storage ports; no annotation outside this module. */
final class ApplicationModule extends AbstractModule {
    private final ClusterRule clusterRule;
    private final java.time.Duration auditRetention;

    ApplicationModule(ClusterRule clusterRule, java.time.Duration auditRetention) {
        this.clusterRule = clusterRule;
        this.auditRetention = auditRetention;
    }

    @Override
    protected void configure() {
        bind(Clock.class).toInstance(Clock.systemUTC());
        bind(PasswordHasher.class).to(Argon2idPasswordHasher.class).in(Singleton.class);
    }

    @Provides @Singleton PermissionPolicy permissionPolicy() {
        return new PermissionPolicy();
    }

    @Provides @Singleton TriagePolicy triagePolicy() {
        return new TriagePolicy(clusterRule);
    }

    @Provides @Singleton EscalationReadiness readiness(PermissionPolicy policy) {
        return new EscalationReadiness(policy);
    }

    @Provides @Singleton Guard guard(PermissionPolicy policy, AuditTrail audit, UnitOfWork unitOfWork, Clock clock,
                                     CustomerRepository customers) {
        return new Guard(policy, audit, unitOfWork, clock, customers);
    }

    @Provides @Singleton CaseSupport caseSupport(CaseRepository cases, CustomerRepository customers,
                                                 AgentRepository agents, ServiceRequestRepository requests,
                                                 VendorOutbox outbox, VendorGateway gateway, PartnerSettings partner,
                                                 Clock clock) {
        return new CaseSupport(cases, customers, agents, requests, outbox, gateway, partner, clock);
    }

    @Provides @Singleton CaseTriage caseTriage(TriagePolicy policy, HealthIssueRepository health, CaseRepository cases,
                                               ClusterRepository clusters, ServiceRequestRepository requests,
                                               Notifier notifier) {
        return new CaseTriage(policy, health, cases, clusters, requests, notifier);
    }

    @Provides @Singleton VendorAnswers vendorAnswers(ServiceRequestRepository requests, CaseRepository cases, Clock clock,
                                                     Notifier notifier) {
        return new VendorAnswers(requests, cases, clock, notifier);
    }

    @Provides @Singleton OpenCaseUseCase openCase(Guard guard, CaseSupport support, CaseRepository cases,
                                                  CaseTriage triage, IdempotencyKeys idempotency) {
        return new OpenCaseService(guard, support, cases, triage, idempotency);
    }

    @Provides @Singleton TriageCaseUseCase triageCase(Guard guard, CaseSupport support, CaseRepository cases,
                                                      CaseTriage triage) {
        return new TriageCaseService(guard, support, cases, triage);
    }

    @Provides @Singleton AddNoteUseCase addNote(Guard guard, CaseSupport support, CaseRepository cases) {
        return new AddNoteService(guard, support, cases);
    }

    @Provides @Singleton EscalateCaseUseCase escalate(Guard guard, CaseSupport support, CaseRepository cases,
                                                      ClusterRepository clusters, ServiceRequestRepository requests,
                                                      VendorOutbox outbox, ReferenceData reference,
                                                      PartnerSettings partner, EscalationReadiness readiness,
                                                      IdempotencyKeys idempotency, EscalationDrafts drafts) {
        return new EscalateCaseService(guard, support, cases, clusters, requests, outbox, reference, partner,
                readiness, idempotency, drafts);
    }

    @Provides @Singleton AskForEscalationUseCase askForEscalation(Guard guard, CaseSupport support,
                                                                  CaseRepository cases, Notifier notifier) {
        return new AskForEscalationService(guard, support, cases, notifier);
    }

    @Provides @Singleton EscalationDraftsUseCase escalationDrafts(Guard guard, CaseSupport support,
                                                                  EscalationDrafts drafts) {
        return new EscalationDraftsService(guard, support, drafts);
    }

    @Provides @Singleton ChangeCaseStatusUseCase changeStatus(Guard guard, CaseSupport support, CaseRepository cases) {
        return new ChangeCaseStatusService(guard, support, cases);
    }

    @Provides @Singleton FindCasesUseCase findCases(Guard guard, CaseSupport support, CaseRepository cases,
                                                    DataVersions versions, Clock clock) {
        return new FindCasesService(guard, support, cases, versions, clock);
    }

    @Provides @Singleton CustomersService customersService(Guard guard, CaseSupport support, CustomerRepository customers) {
        return new CustomersService(guard, support, customers);
    }

    @Provides @Singleton CustomersUseCase customers(CustomersService service) {
        return service;
    }

    @Provides @Singleton ImportCustomersUseCase importCustomers(CustomersService service) {
        return service;
    }

    @Provides @Singleton CustomerOverviewUseCase customerOverview(Guard guard, CaseSupport support, CaseRepository cases,
                                                                  ServiceRequestRepository requests,
                                                                  HealthIssueRepository health) {
        return new CustomerOverviewService(guard, support, cases, requests, health);
    }

    @Provides @Singleton AbilitiesUseCase abilities(PermissionPolicy policy) {
        return new AbilitiesService(policy);
    }

    @Provides @Singleton HealthIssuesUseCase health(Guard guard, HealthIssueRepository health, CaseRepository cases,
                                                    CustomerRepository customers, HealthDocuments documents,
                                                    Notifier notifier) {
        return new HealthIssuesService(guard, health, cases, customers, documents, notifier);
    }

    @Provides @Singleton SyncHealthService syncHealthService(Guard guard, CustomerRepository customers,
                                                             HealthIssueRepository health, CaseRepository cases,
                                                             HealthSyncStatusRepository statuses, HealthFeed feed,
                                                             Notifier notifier) {
        return new SyncHealthService(guard, customers, health, cases, statuses, feed, notifier);
    }

    @Provides @Singleton SyncHealthUseCase syncHealth(SyncHealthService service) {
        return service;
    }

    @Provides @Singleton HealthSyncStatusUseCase healthSyncStatus(SyncHealthService service) {
        return service;
    }

    @Provides @Singleton ReferenceDataUseCase referenceData(Guard guard, ReferenceData reference) {
        return new ReferenceDataService(guard, reference);
    }

    @Provides @Singleton ShowPartnerProfileUseCase showPartnerProfile(Guard guard, PartnerSettings partner) {
        return new ShowPartnerProfileService(guard, partner);
    }

    @Provides @Singleton UpdatePartnerProfileUseCase updatePartnerProfile(Guard guard, PartnerSettings partner) {
        return new UpdatePartnerProfileService(guard, partner);
    }

    @Provides @Singleton ShowCustomerClockUseCase showCustomerClock(Guard guard, PartnerSettings partner) {
        return new ShowCustomerClockService(guard, partner);
    }

    @Provides @Singleton UpdateCustomerClockUseCase updateCustomerClock(Guard guard, PartnerSettings partner,
                                                                        ClockKeepingCases cases) {
        return new UpdateCustomerClockService(guard, partner, cases);
    }

    @Provides @Singleton AgentsUseCase agents(Guard guard, AgentRepository agents, PasswordHasher hasher,
                                              CaseSupport support, CaseRepository cases) {
        return new AgentsService(guard, agents, hasher, new ApiTokens(), support, cases);
    }

    @Provides @Singleton ChangeOwnerUseCase changeOwner(Guard guard, CaseSupport support, AgentRepository agents,
                                                        CaseRepository cases, Notifier notifier) {
        return new ChangeOwnerService(guard, support, agents, cases, notifier);
    }

    @Provides @Singleton GroupMappingsUseCase groupMappings(Guard guard, GroupMappings mappings) {
        return new GroupMappingsService(guard, mappings);
    }

    @Provides @Singleton SecondFactorUseCase secondFactor(Guard guard, AgentRepository agents, SecondFactors factors,
                                                          AuditTrail audit, UnitOfWork unitOfWork) {
        return new SecondFactorService(guard, agents, factors, audit, unitOfWork);
    }

    @Provides @Singleton AuthenticateUseCase authenticate(AgentRepository agents, PasswordHasher hasher,
                                                          AuditTrail audit, UnitOfWork unitOfWork, Clock clock,
                                                          DataVersions versions) {
        return new AuthenticateService(agents, hasher, audit, unitOfWork, clock, versions);
    }

    @Provides @Singleton ServiceRequestsUseCase serviceRequests(Guard guard, CaseSupport support,
                                                                ServiceRequestRepository requests, VendorAnswers answers,
                                                                VendorOutbox outbox) {
        return new ServiceRequestsService(guard, support, requests, answers, outbox);
    }

    @Provides @Singleton AuditUseCase audit(Guard guard, AuditTrail audit, AuditArchive archive) {
        return new AuditService(guard, audit, archive, auditRetention);
    }

    @Provides @Singleton EscalationMetricsUseCase metrics(Guard guard, CaseRepository cases,
                                                          ServiceRequestRepository requests) {
        return new EscalationMetricsService(guard, cases, requests);
    }
}
