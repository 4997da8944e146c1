package com.partnerdesk.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.partnerdesk.adapters.persistence.SqliteDatabase;
import com.partnerdesk.application.port.out.AgentIdentities;
import com.partnerdesk.application.port.out.AgentRepository;
import com.partnerdesk.adapters.persistence.FileAuditArchive;
import com.partnerdesk.application.port.out.AuditArchive;
import com.partnerdesk.application.port.out.GroupMappings;
import com.partnerdesk.application.port.out.SecondFactors;
import com.partnerdesk.application.port.out.AuditTrail;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.application.port.out.ClusterRepository;
import com.partnerdesk.application.port.out.CustomerRepository;
import com.partnerdesk.application.port.out.DataVersions;
import com.partnerdesk.application.port.out.HealthIssueRepository;
import com.partnerdesk.application.port.out.EscalationDrafts;
import com.partnerdesk.application.port.out.HealthSyncStatusRepository;
import com.partnerdesk.application.port.out.IdempotencyKeys;
import com.partnerdesk.application.port.out.PartnerSettings;
import com.partnerdesk.application.port.out.ReferenceData;
import com.partnerdesk.application.port.out.ServiceRequestRepository;
import com.partnerdesk.application.port.out.UnitOfWork;
import com.partnerdesk.application.port.out.VendorOutbox;
import com.partnerdesk.application.service.ClockKeepingCases;
import com.partnerdesk.application.port.out.MailPreferences;
import com.partnerdesk.application.port.out.NotificationOutbox;
import java.nio.file.Path;
import java.time.Clock;

/** The embedded SQLite database behind every storage port; opened (and migrated) on first use. */
final class PersistenceModule extends AbstractModule {
    private final Path file;
    private final Path auditArchive;

    PersistenceModule(Path file, Path auditArchive) {
        this.file = file;
        this.auditArchive = auditArchive;
    }

    @Provides @Singleton SqliteDatabase database() {
        return SqliteDatabase.open(file);
    }

    @Provides UnitOfWork unitOfWork(SqliteDatabase db) {
        return db.unitOfWork();
    }

    /** Every use case writes cases through the store that keeps their customer clock marks. */
    @Provides @Singleton ClockKeepingCases clockKeepingCases(SqliteDatabase db, Clock clock) {
        return new ClockKeepingCases(db.cases(), db.partner(), clock);
    }

    @Provides CaseRepository cases(ClockKeepingCases cases) {
        return cases;
    }

    @Provides CustomerRepository customers(SqliteDatabase db) {
        return db.customers();
    }

    @Provides HealthIssueRepository health(SqliteDatabase db) {
        return db.health();
    }

    @Provides HealthSyncStatusRepository healthSync(SqliteDatabase db) {
        return db.healthSync();
    }

    @Provides GroupMappings groupMappings(SqliteDatabase db) {
        return db.groupMappings();
    }

    @Provides AgentIdentities agentIdentities(SqliteDatabase db) {
        return db.agentIdentities();
    }

    @Provides SecondFactors secondFactors(SqliteDatabase db) {
        return db.secondFactors();
    }

    @Provides AgentRepository agents(SqliteDatabase db) {
        return db.agents();
    }

    @Provides ServiceRequestRepository requests(SqliteDatabase db) {
        return db.requests();
    }

    @Provides ClusterRepository clusters(SqliteDatabase db) {
        return db.clusters();
    }

    @Provides @Singleton AuditArchive auditArchive() {
        return new FileAuditArchive(auditArchive);
    }

    @Provides AuditTrail audit(SqliteDatabase db) {
        return db.audit();
    }

    @Provides EscalationDrafts drafts(SqliteDatabase db) {
        return db.drafts();
    }

    @Provides IdempotencyKeys idempotency(SqliteDatabase db) {
        return db.idempotency();
    }

    @Provides VendorOutbox outbox(SqliteDatabase db) {
        return db.outbox();
    }

    @Provides NotificationOutbox notifications(SqliteDatabase db) {
        return db.notifications();
    }

    @Provides MailPreferences mailPreferences(SqliteDatabase db) {
        return db.mailPreferences();
    }

    @Provides PartnerSettings partner(SqliteDatabase db) {
        return db.partner();
    }

    @Provides ReferenceData reference(SqliteDatabase db) {
        return db.reference();
    }

    @Provides DataVersions versions(SqliteDatabase db) {
        return db.versions();
    }
}
