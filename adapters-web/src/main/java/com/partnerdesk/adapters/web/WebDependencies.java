package com.partnerdesk.adapters.web;

import com.partnerdesk.application.port.in.AbilitiesUseCase;
import com.partnerdesk.application.port.in.AddNoteUseCase;
import com.partnerdesk.application.port.in.AskForEscalationUseCase;
import com.partnerdesk.application.port.in.EscalationDraftsUseCase;
import com.partnerdesk.application.port.in.CustomerOverviewUseCase;
import com.partnerdesk.application.port.in.AgentsUseCase;
import com.partnerdesk.application.port.in.AuditUseCase;
import com.partnerdesk.application.port.in.AuthenticateUseCase;
import com.partnerdesk.application.port.in.ChangeCaseStatusUseCase;
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
import com.partnerdesk.application.port.in.ShowPartnerProfileUseCase;
import com.partnerdesk.application.port.in.TriageCaseUseCase;
import com.partnerdesk.application.port.in.UpdatePartnerProfileUseCase;
import com.partnerdesk.application.port.in.MailSettingsUseCase;
import com.partnerdesk.application.port.in.SendCustomerUpdateUseCase;
import com.partnerdesk.application.port.in.NotificationsUseCase;
import java.time.Clock;
import java.util.Objects;

/** Every use case the web adapter drives, and the clock it reads time from. */
public record WebDependencies(
        OpenCaseUseCase openCase,
        TriageCaseUseCase triageCase,
        AddNoteUseCase addNote,
        EscalateCaseUseCase escalateCase,
        ChangeCaseStatusUseCase changeCaseStatus,
        FindCasesUseCase findCases,
        CustomersUseCase customers,
        HealthIssuesUseCase healthIssues,
        HealthSyncStatusUseCase healthSync,
        ReferenceDataUseCase referenceData,
        AgentsUseCase agents,
        AuthenticateUseCase authenticate,
        ServiceRequestsUseCase serviceRequests,
        DeliverServiceRequestsUseCase delivery,
        AuditUseCase audit,
        EscalationMetricsUseCase escalationMetrics,
        CustomerOverviewUseCase customerOverview,
        AbilitiesUseCase abilities,
        EscalationDraftsUseCase escalationDrafts,
        AskForEscalationUseCase askForEscalation,
        ShowPartnerProfileUseCase showPartnerProfile,
        UpdatePartnerProfileUseCase updatePartnerProfile,
        NotificationsUseCase notifications,
        MailSettingsUseCase mailSettings,
        SendCustomerUpdateUseCase customerUpdates,
        Clock clock) {

    public WebDependencies {
        Objects.requireNonNull(openCase, "openCase");
        Objects.requireNonNull(triageCase, "triageCase");
        Objects.requireNonNull(addNote, "addNote");
        Objects.requireNonNull(escalateCase, "escalateCase");
        Objects.requireNonNull(changeCaseStatus, "changeCaseStatus");
        Objects.requireNonNull(findCases, "findCases");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(healthIssues, "healthIssues");
        Objects.requireNonNull(healthSync, "healthSync");
        Objects.requireNonNull(referenceData, "referenceData");
        Objects.requireNonNull(agents, "agents");
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(serviceRequests, "serviceRequests");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(escalationMetrics, "escalationMetrics");
        Objects.requireNonNull(customerOverview, "customerOverview");
        Objects.requireNonNull(abilities, "abilities");
        Objects.requireNonNull(escalationDrafts, "escalationDrafts");
        Objects.requireNonNull(askForEscalation, "askForEscalation");
        Objects.requireNonNull(showPartnerProfile, "showPartnerProfile");
        Objects.requireNonNull(updatePartnerProfile, "updatePartnerProfile");
        Objects.requireNonNull(notifications, "notifications");
        Objects.requireNonNull(mailSettings, "mailSettings");
        Objects.requireNonNull(customerUpdates, "customerUpdates");
        Objects.requireNonNull(clock, "clock");
    }
}
