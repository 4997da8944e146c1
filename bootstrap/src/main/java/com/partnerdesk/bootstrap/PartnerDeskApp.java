package com.partnerdesk.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import com.partnerdesk.adapters.cli.CliFactory;
import com.partnerdesk.adapters.cli.NotificationsCommand;
import com.partnerdesk.application.port.in.DeliverNotificationsUseCase;
import com.partnerdesk.application.port.in.NotificationsUseCase;
import com.partnerdesk.adapters.cli.RequestsDeliveryCommand;
import com.partnerdesk.adapters.cli.CliSession;
import com.partnerdesk.adapters.cli.PartnerDeskCommand;
import com.partnerdesk.adapters.persistence.SqliteDatabase;
import com.partnerdesk.application.port.in.AgentsUseCase;
import com.partnerdesk.application.port.in.GroupMappingsUseCase;
import com.partnerdesk.application.port.in.SecondFactorUseCase;
import com.partnerdesk.application.port.in.AuditUseCase;
import com.partnerdesk.application.port.in.ChangeOwnerUseCase;
import com.partnerdesk.application.port.in.CustomersUseCase;
import com.partnerdesk.application.port.in.DeliverServiceRequestsUseCase;
import com.partnerdesk.application.port.in.EscalationMetricsUseCase;
import com.partnerdesk.application.port.in.FindCasesUseCase;
import com.partnerdesk.application.port.in.HealthIssuesUseCase;
import com.partnerdesk.application.port.in.HealthSyncStatusUseCase;
import com.partnerdesk.application.port.in.SyncHealthUseCase;
import com.partnerdesk.application.port.in.ImportCustomersUseCase;
import com.partnerdesk.application.port.in.ReferenceDataUseCase;
import com.partnerdesk.application.port.in.ServiceRequestsUseCase;
import com.partnerdesk.application.port.in.ShowCustomerClockUseCase;
import com.partnerdesk.application.port.in.ShowPartnerProfileUseCase;
import com.partnerdesk.application.port.in.UpdateCustomerClockUseCase;
import com.partnerdesk.application.port.in.UpdatePartnerProfileUseCase;
import com.partnerdesk.domain.triage.ClusterRule;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** One run of {@code partnerdesk}: the injector over one database file, and the command line. */
public final class PartnerDeskApp {
    private final Path database;
    private final Map<String, String> environment;
    private final CliSession session;
    private Injector injector;

    public PartnerDeskApp(Path database, Map<String, String> environment) {
        this(database, environment, CliSession.fromSystem());
    }

    public PartnerDeskApp(Path database, Map<String, String> environment, CliSession session) {
        this.database = database;
        this.environment = environment;
        this.session = session;
    }

    public int run(String[] args) {
        try {
            CommandLine commandLine;
            try {
                commandLine = commandLine();
            } catch (com.google.inject.ProvisionException bad) {
                Throwable cause = bad.getCause();
                if (cause instanceof IllegalArgumentException setting) {
                    // A setting from the environment cannot be used (e.g. PARTNERDESK_DASHBOARD_URL): bad input, exit 2.
                    System.err.println("partnerdesk: " + setting.getMessage());
                    return 2;
                }
                throw bad;
            }
            return commandLine.execute(args);
        } finally {
            close();
        }
    }

    public CommandLine commandLine() {
        Injector in = injector();
        CliFactory.Services services = new CliFactory.Services(session, new SqliteMaintenance(in.getInstance(SqliteDatabase.class)),
                in.getInstance(AgentsUseCase.class), in.getInstance(CustomersUseCase.class),
                in.getInstance(ImportCustomersUseCase.class), in.getInstance(ReferenceDataUseCase.class),
                in.getInstance(HealthIssuesUseCase.class), in.getInstance(SyncHealthUseCase.class),
                in.getInstance(HealthSyncStatusUseCase.class), in.getInstance(FindCasesUseCase.class),
                in.getInstance(ServiceRequestsUseCase.class), in.getInstance(AuditUseCase.class),
                in.getInstance(EscalationMetricsUseCase.class), in.getInstance(ShowPartnerProfileUseCase.class),
                in.getInstance(UpdatePartnerProfileUseCase.class), in.getInstance(GroupMappingsUseCase.class),
                in.getInstance(SecondFactorUseCase.class), in.getInstance(ChangeOwnerUseCase.class),
                in.getInstance(ShowCustomerClockUseCase.class), in.getInstance(UpdateCustomerClockUseCase.class));
        CommandLine commandLine = PartnerDeskCommand.commandLine(new CliFactory(services));
        commandLine.addSubcommand("serve", new ServeCommand(in, session, environment));
        commandLine.addSubcommand("notifications", NotificationsCommand.commandLine(
                in.getInstance(NotificationsUseCase.class), in.getInstance(DeliverNotificationsUseCase.class), session));
        DeliverServiceRequestsUseCase delivery = in.getInstance(DeliverServiceRequestsUseCase.class);
        commandLine.getSubcommands().get("requests")
                .addSubcommand("submit", new RequestsDeliveryCommand.Submit(delivery, session))
                .addSubcommand("sync", new RequestsDeliveryCommand.Sync(delivery, session))
                .addSubcommand("record", new RequestsDeliveryCommand.Record(delivery, session));
        shareVersion(commandLine, commandLine.getCommandSpec().versionProvider());
        return commandLine;
    }

    /** Commands added here answer {@code --version} like the ones the CLI declares. */
    private static void shareVersion(CommandLine commandLine, CommandLine.IVersionProvider version) {
        commandLine.getCommandSpec().versionProvider(version);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.getSubcommands().values().forEach(sub -> shareVersion(sub, version));
    }

    public synchronized Injector injector() {
        if (injector == null) {
            injector = Guice.createInjector(Stage.DEVELOPMENT, new PersistenceModule(database, auditArchive()),
                    new ApplicationModule(clusterRule(), auditRetention()), new VendorModule(environment),
                    new NotifyModule(environment),
                    new IdentityModule(environment),
                    new WebModule(Boolean.parseBoolean(environment.getOrDefault("PARTNERDESK_SECURE_COOKIES", "false"))));
        }
        return injector;
    }

    /** {@code PARTNERDESK_AUDIT_RETENTION_DAYS}: how long audit events are kept in the database (default 365). */
    private java.time.Duration auditRetention() {
        return DurationSetting.read(environment, "PARTNERDESK_AUDIT_RETENTION_DAYS", java.time.temporal.ChronoUnit.DAYS,
                java.time.Duration.ofDays(365));
    }

    /** {@code PARTNERDESK_AUDIT_ARCHIVE_DIR}: where retention writes older events (default: audit-archive beside the database). */
    private Path auditArchive() {
        String configured = environment.get("PARTNERDESK_AUDIT_ARCHIVE_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip());
        }
        Path parent = database.toAbsolutePath().getParent();
        return (parent == null ? Path.of(".") : parent).resolve("audit-archive");
    }

    private ClusterRule clusterRule() {
        int threshold = Integer.parseInt(environment.getOrDefault("PARTNERDESK_CLUSTER_CUSTOMERS", "3"));
        long minutes = Long.parseLong(environment.getOrDefault("PARTNERDESK_CLUSTER_WINDOW_MINUTES", "60"));
        return new ClusterRule(threshold, java.time.Duration.ofMinutes(minutes));
    }

    public synchronized void close() {
        if (injector != null) {
            injector.getInstance(SqliteDatabase.class).close();
            injector = null;
        }
    }
}
