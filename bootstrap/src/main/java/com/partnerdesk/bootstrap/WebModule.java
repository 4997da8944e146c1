package com.partnerdesk.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.partnerdesk.adapters.web.WebDependencies;
import com.partnerdesk.adapters.web.WebServer;
import com.partnerdesk.adapters.web.WebSettings;
import com.partnerdesk.application.port.in.AbilitiesUseCase;
import com.partnerdesk.application.port.in.AddNoteUseCase;
import com.partnerdesk.application.port.in.AskForEscalationUseCase;
import com.partnerdesk.application.port.in.EscalationDraftsUseCase;
import com.partnerdesk.application.port.in.CustomerOverviewUseCase;
import com.partnerdesk.application.port.in.AgentsUseCase;
import com.partnerdesk.application.port.in.GroupMappingsUseCase;
import com.partnerdesk.application.port.in.IdentitySignInUseCase;
import com.partnerdesk.application.port.in.SecondFactorUseCase;
import com.partnerdesk.application.port.in.AuditUseCase;
import com.partnerdesk.application.port.in.AuthenticateUseCase;
import com.partnerdesk.application.port.in.ChangeCaseStatusUseCase;
import com.partnerdesk.application.port.in.ChangeOwnerUseCase;
import com.partnerdesk.application.port.in.CustomersUseCase;
import com.partnerdesk.application.port.in.DeliverServiceRequestsUseCase;
import com.partnerdesk.application.port.in.EscalateCaseUseCase;
import com.partnerdesk.application.port.in.EscalationMetricsUseCase;
import com.partnerdesk.application.port.in.FindCasesUseCase;
import com.partnerdesk.application.port.in.HealthIssuesUseCase;
import com.partnerdesk.application.port.in.HealthSyncStatusUseCase;
import com.partnerdesk.application.port.in.OpenCaseUseCase;
import com.partnerdesk.application.port.in.ReferenceDataUseCase;
import com.partnerdesk.application.port.in.ServiceRequestsUseCase;
import com.partnerdesk.application.port.in.ShowCustomerClockUseCase;
import com.partnerdesk.application.port.in.ShowPartnerProfileUseCase;
import com.partnerdesk.application.port.in.UpdateCustomerClockUseCase;
import com.partnerdesk.application.port.in.TriageCaseUseCase;
import com.partnerdesk.application.port.in.UpdatePartnerProfileUseCase;
import com.partnerdesk.application.port.in.MailSettingsUseCase;
import com.partnerdesk.application.port.in.SendCustomerUpdateUseCase;
import com.partnerdesk.application.port.in.NotificationsUseCase;
import java.time.Clock;

/** The web server: the agents' UI and the JSON API over the use cases. */
final class WebModule extends AbstractModule {
    private final boolean secureCookies;

    WebModule(boolean secureCookies) {
        this.secureCookies = secureCookies;
    }

    @Provides @Singleton WebDependencies dependencies(OpenCaseUseCase openCase, TriageCaseUseCase triage,
                                                      AddNoteUseCase addNote, EscalateCaseUseCase escalate,
                                                      ChangeCaseStatusUseCase changeStatus, FindCasesUseCase findCases,
                                                      CustomersUseCase customers, HealthIssuesUseCase health,
                                                      HealthSyncStatusUseCase healthSync,
                                                      ReferenceDataUseCase reference, AgentsUseCase agents,
                                                      AuthenticateUseCase authenticate,
                                                      ServiceRequestsUseCase requests,
                                                      DeliverServiceRequestsUseCase delivery, AuditUseCase audit,
                                                      EscalationMetricsUseCase metrics,
                                                      CustomerOverviewUseCase customerOverview,
                                                      AbilitiesUseCase abilities,
                                                      EscalationDraftsUseCase escalationDrafts,
                                                      AskForEscalationUseCase askForEscalation,
                                                      ShowPartnerProfileUseCase showPartner,
                                                      UpdatePartnerProfileUseCase updatePartner,
                                                      GroupMappingsUseCase groupMappings,
                                                      SecondFactorUseCase secondFactor,
                                                      IdentitySignInUseCase identitySignIn,
                                                      ChangeOwnerUseCase changeOwner,
                                                      ShowCustomerClockUseCase showClock,
                                                      UpdateCustomerClockUseCase updateClock,
                                                      NotificationsUseCase notifications,
                                                      MailSettingsUseCase mailSettings,
                                                      SendCustomerUpdateUseCase customerUpdates, Clock clock) {
        return new WebDependencies(openCase, triage, addNote, escalate, changeStatus, findCases, customers, health,
                healthSync, reference, agents, authenticate, requests, delivery, audit, metrics, customerOverview, abilities,
                escalationDrafts, askForEscalation, showPartner, updatePartner, groupMappings, secondFactor,
                identitySignIn, changeOwner, showClock, updateClock, notifications, mailSettings, customerUpdates, clock);
    }

    @Provides @Singleton WebServer server(WebDependencies dependencies) {
        return new WebServer(dependencies, WebSettings.defaults(secureCookies));
    }
}
