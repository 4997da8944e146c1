package com.partnerdesk.application.fakes;

import com.partnerdesk.application.port.out.EscalationDrafts;
import com.partnerdesk.application.port.out.AgentIdentities;
import com.partnerdesk.application.port.out.AgentRepository;
import com.partnerdesk.application.port.out.GroupMappings;
import com.partnerdesk.application.port.out.SecondFactors;
import com.partnerdesk.application.port.out.AuditTrail;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.application.port.out.ClusterRepository;
import com.partnerdesk.application.port.out.CustomerRepository;
import com.partnerdesk.application.port.out.DataVersions;
import com.partnerdesk.application.port.out.HealthIssueRepository;
import com.partnerdesk.application.port.out.HealthSyncStatusRepository;
import com.partnerdesk.application.port.out.IdempotencyKeys;
import com.partnerdesk.application.port.out.PartnerSettings;
import com.partnerdesk.application.port.out.ReferenceData;
import com.partnerdesk.application.port.out.ServiceRequestRepository;
import com.partnerdesk.application.port.out.UnitOfWork;
import com.partnerdesk.application.port.out.VendorOutbox;
import com.partnerdesk.application.port.out.MailPreferences;
import com.partnerdesk.application.port.out.NotificationOutbox;

/**
 * Every storage port of the desk, from one implementation (in memory, or SQLite): what the contract
 * tests run against and what the service tests wire.
 */
public record StoragePorts(
        UnitOfWork unitOfWork,
        CaseRepository cases,
        CustomerRepository customers,
        HealthIssueRepository health,
        AgentRepository agents,
        ServiceRequestRepository requests,
        ClusterRepository clusters,
        AuditTrail audit,
        IdempotencyKeys idempotency,
        VendorOutbox outbox,
        PartnerSettings partner,
        ReferenceData reference,
        DataVersions versions,
        EscalationDrafts drafts,
        HealthSyncStatusRepository healthSync,
        GroupMappings groupMappings,
        AgentIdentities agentIdentities,
        SecondFactors secondFactors,
        NotificationOutbox notifications,
        MailPreferences mailPreferences) {
}
