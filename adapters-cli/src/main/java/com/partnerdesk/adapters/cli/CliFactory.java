package com.partnerdesk.adapters.cli;

import com.partnerdesk.application.port.in.ChangeOwnerUseCase;
import com.partnerdesk.application.port.in.AgentsUseCase;
import com.partnerdesk.application.port.in.GroupMappingsUseCase;
import com.partnerdesk.application.port.in.SecondFactorUseCase;
import com.partnerdesk.application.port.in.AuditUseCase;
import com.partnerdesk.application.port.in.CustomersUseCase;
import com.partnerdesk.application.port.in.EscalationMetricsUseCase;
import com.partnerdesk.application.port.in.FindCasesUseCase;
import com.partnerdesk.application.port.in.HealthIssuesUseCase;
import com.partnerdesk.application.port.in.HealthSyncStatusUseCase;
import com.partnerdesk.application.port.in.ImportCustomersUseCase;
import com.partnerdesk.application.port.in.ReferenceDataUseCase;
import com.partnerdesk.application.port.in.ServiceRequestsUseCase;
import com.partnerdesk.application.port.in.ShowPartnerProfileUseCase;
import com.partnerdesk.application.port.in.UpdatePartnerProfileUseCase;
import com.partnerdesk.application.port.in.SyncHealthUseCase;
import com.partnerdesk.domain.common.Require;
import picocli.CommandLine;

/**
 * Builds the CLI's commands from the use cases they need, through their constructors; anything else
 * (picocli's own helpers) comes from picocli's default factory. Bootstrap builds one from its injector,
 * or uses a Guice-backed {@link CommandLine.IFactory} of its own that calls the same constructors.
 */
public final class CliFactory implements CommandLine.IFactory {
    /** Everything the commands use. */
    public record Services(
            CliSession session,
            DatabaseMaintenance database,
            AgentsUseCase agents,
            CustomersUseCase customers,
            ImportCustomersUseCase importCustomers,
            ReferenceDataUseCase referenceData,
            HealthIssuesUseCase health,
            SyncHealthUseCase syncHealth,
            HealthSyncStatusUseCase healthSyncStatus,
            FindCasesUseCase cases,
            ServiceRequestsUseCase requests,
            AuditUseCase audit,
            EscalationMetricsUseCase metrics,
            ShowPartnerProfileUseCase showPartner,
            UpdatePartnerProfileUseCase updatePartner,
            GroupMappingsUseCase groupMappings,
            SecondFactorUseCase secondFactor,
            ChangeOwnerUseCase changeOwner) {

        public Services {
            Require.present("session", session);
            Require.present("database", database);
            Require.present("agents", agents);
            Require.present("customers", customers);
            Require.present("importCustomers", importCustomers);
            Require.present("referenceData", referenceData);
            Require.present("health", health);
            Require.present("syncHealth", syncHealth);
            Require.present("healthSyncStatus", healthSyncStatus);
            Require.present("cases", cases);
            Require.present("requests", requests);
            Require.present("audit", audit);
            Require.present("metrics", metrics);
            Require.present("showPartner", showPartner);
            Require.present("updatePartner", updatePartner);
            Require.present("groupMappings", groupMappings);
            Require.present("secondFactor", secondFactor);
            Require.present("changeOwner", changeOwner);
        }
    }

    private final Services s;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    public CliFactory(Services services) {
        this.s = Require.present("services", services);
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Object command;
        if (type == DbCommand.class) {
            command = new DbCommand(s.database());
        } else if (type == AgentsCommand.class) {
            command = new AgentsCommand(s.agents(), s.groupMappings(), s.secondFactor(), s.session());
        } else if (type == CustomersCommand.class) {
            command = new CustomersCommand(s.customers(), s.importCustomers(), s.referenceData(), s.session());
        } else if (type == HealthCommand.class) {
            command = new HealthCommand(s.health(), s.syncHealth(), s.healthSyncStatus(), s.session());
        } else if (type == CasesCommand.class) {
            command = new CasesCommand(s.cases(), s.changeOwner(), s.session());
        } else if (type == RequestsCommand.class) {
            command = new RequestsCommand(s.requests(), s.session());
        } else if (type == AuditCommand.class) {
            command = new AuditCommand(s.audit(), s.session());
        } else if (type == PartnerCommand.class) {
            command = new PartnerCommand(s.showPartner(), s.updatePartner(), s.session());
        } else if (type == ReportCommand.class) {
            command = new ReportCommand(s.metrics(), s.session());
        } else {
            return fallback.create(type);
        }
        return type.cast(command);
    }
}
